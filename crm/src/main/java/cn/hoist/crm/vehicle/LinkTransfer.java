package cn.hoist.crm.vehicle;

import java.util.List;
import java.util.UUID;

/**
 * What moving a customer's vehicle links to another customer did: the links that moved, and the
 * ones dropped because the other customer already had the same link. Enough to undo it.
 */
record LinkTransfer(List<UUID> moved, List<VehicleLink> dropped) {
}
