package cn.hoist.console.ingest;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/agents/{id}/report-stream}: how far the console has processed an agent's reports. */
@RestController
class ReportStreamApiController {

    private final ReportIngestService ingest;

    ReportStreamApiController(ReportIngestService ingest) {
        this.ingest = ingest;
    }

    @GetMapping("/api/agents/{id}/report-stream")
    ReportStream stream(@PathVariable UUID id) {
        return ingest.stream(id);
    }
}
