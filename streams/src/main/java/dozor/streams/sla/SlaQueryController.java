package dozor.streams.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Interactive queries of the SLA store, for the api (internal, token-protected). */
@RestController
class SlaQueryController {

    private final SlaStreams streams;

    SlaQueryController(SlaStreams streams) {
        this.streams = streams;
    }

    @GetMapping("/internal/v1/sla/{requestId}")
    ResponseEntity<SlaClock> one(@PathVariable UUID requestId) {
        return streams.clock(requestId).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    /** The clocks that exist among the ids asked; ids without a clock are simply absent. */
    @PostMapping("/internal/v1/sla/lookup")
    List<SlaClock> lookup(@RequestBody Lookup lookup) {
        List<SlaClock> found = new ArrayList<>();
        for (UUID id : lookup.requestIds()) {
            streams.clock(id).ifPresent(found::add);
        }
        return found;
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(IllegalStateException.class)
    ResponseEntity<String> notReady(IllegalStateException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(ex.getMessage());
    }

    record Lookup(List<UUID> requestIds) {
    }
}
