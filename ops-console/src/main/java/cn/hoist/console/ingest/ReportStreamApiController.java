package cn.hoist.console.ingest;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** {@code GET /api/agents/{id}/report-stream}: how far the console has processed an agent's reports. */
@RestController
class ReportStreamApiController {

    private final ReportIngestService ingest;

    ReportStreamApiController(ReportIngestService ingest) {
        this.ingest = ingest;
    }

    @Operation(summary = "How far an agent's reports were processed: every one exactly once when processed = lastSeq and gaps = 0")
    @GetMapping("/api/agents/{id}/report-stream")
    ReportStream stream(@PathVariable UUID id) {
        return ingest.stream(id);
    }
}
