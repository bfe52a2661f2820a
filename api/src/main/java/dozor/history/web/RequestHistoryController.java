package dozor.history.web;

import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dozor.history.RequestHistory;
import dozor.history.Timeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@Tag(name = "Заявки", description = "Service requests")
class RequestHistoryController {

    private final RequestHistory history;

    RequestHistoryController(RequestHistory history) {
        this.history = history;
    }

    @GetMapping("/api/v1/requests/{id}/history")
    @Operation(summary = "The request's timeline: changes (with before/after), comments, documents and links, "
            + "newest last")
    Timeline history(@PathVariable UUID id, @RequestParam(defaultValue = "500") @Min(1) @Max(1000) int limit) {
        return history.of(id, limit, LocaleContextHolder.getLocale());
    }
}
