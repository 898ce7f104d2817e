package cn.hoist.console.monitoring;

import java.util.List;

/** A device with the latest result of each of its checks. */
public record DeviceDetail(Device device, List<CheckState> checks) {
}
