package cn.hoist.console.monitoring.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.hoist.console.fleet.ShopService;
import cn.hoist.console.monitoring.CheckState;
import cn.hoist.console.monitoring.DeviceDetail;
import cn.hoist.console.monitoring.MetricValue;
import cn.hoist.console.monitoring.internal.MetricHistories;
import cn.hoist.console.monitoring.internal.MonitoringQueries;
import cn.hoist.platform.Timestamps;
import cn.hoist.platform.web.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/** The monitoring pages: fleet overview, a shop's devices and events, one device with its chart. */
@Controller
class MonitoringPageController {

    /** Chart ranges offered on the device page. */
    static final Map<String, Duration> RANGES = Map.of("1h", Duration.ofHours(1), "6h", Duration.ofHours(6),
            "24h", Duration.ofHours(24), "7d", Duration.ofDays(7));
    private static final int PAGE_SIZE = 100;
    private static final int RECENT_EVENTS = 20;

    private final MonitoringQueries queries;
    private final MetricHistories histories;
    private final ShopService shops;
    private final JsonMapper json;
    private final Clock clock;

    MonitoringPageController(MonitoringQueries queries, MetricHistories histories, ShopService shops, JsonMapper json,
            Clock clock) {
        this.queries = queries;
        this.histories = histories;
        this.shops = shops;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/overview")
    String overview(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean problems,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("shops", queries.overview(q, problems, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("problems", problems);
        return "overview";
    }

    @GetMapping("/shops/{id}/devices")
    String devices(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean retired,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("shop", shops.get(id).shop());
        model.addAttribute("devices", queries.devices(id, retired, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("events", queries.events(id, null, null, 0, RECENT_EVENTS).items());
        model.addAttribute("retired", retired);
        return "devices";
    }

    @GetMapping("/devices/{id}")
    String device(@PathVariable long id, @RequestParam(required = false) String check,
            @RequestParam(required = false) String metric, @RequestParam(defaultValue = "24h") String range,
            Model model) {
        DeviceDetail device = queries.device(id);
        model.addAttribute("device", device.device());
        model.addAttribute("checks", device.checks());
        model.addAttribute("shop", shops.get(device.device().shopId()).shop());
        model.addAttribute("events", queries.events(device.device().shopId(), device.device().name(), null, 0,
                RECENT_EVENTS).items());
        chart(device, check, metric, RANGES.containsKey(range) ? range : "24h", model);
        return "device";
    }

    /** The chart of one metric of one check: by default the first check with metrics, and its preferred metric. */
    private void chart(DeviceDetail device, String check, String metric, String range, Model model) {
        CheckState chosen = device.checks().stream()
                .filter(c -> !c.metrics().isEmpty() && (check == null || c.check().equals(check)))
                .findFirst().orElse(null);
        model.addAttribute("range", range);
        model.addAttribute("ranges", List.of("1h", "6h", "24h", "7d"));
        if (chosen == null) {
            return;
        }
        List<String> names = chosen.metrics().stream().map(MetricValue::name).distinct().toList();
        String shown = metric != null && names.contains(metric) ? metric : MetricHistories.preferred(names);
        OffsetDateTime to = Timestamps.now(clock);
        model.addAttribute("chartCheck", chosen.check());
        model.addAttribute("chartMetric", shown);
        model.addAttribute("chartMetrics", names);
        String history = json.writeValueAsString(
                histories.history(device.device().id(), chosen.check(), shown, to.minus(RANGES.get(range)), to));
        // Embedded in a <script> element: no agent-supplied label may close it ("</script>").
        model.addAttribute("chartJson", history.replace("<", "\\u003c"));
    }

    /** A missing shop or device is the 404 page, not a server error. */
    @ExceptionHandler(ProblemException.class)
    void problem(ProblemException problem, HttpServletResponse response) throws IOException {
        response.sendError(problem.status().value());
    }
}
