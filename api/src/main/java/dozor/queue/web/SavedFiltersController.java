package dozor.queue.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dozor.api.audit.AuditLog;
import dozor.queue.internal.SavedFilters;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.json.JsonMapper;

/** Each user's saved queue filters. */
@RestController
@RequestMapping("/api/v1/saved-filters")
@Tag(name = "Заявки")
class SavedFiltersController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SavedFilters filters;

    SavedFiltersController(SavedFilters filters) {
        this.filters = filters;
    }

    record SavedFilterResponse(UUID id, String name, Map<String, Object> filter) {
    }

    @GetMapping
    List<SavedFilterResponse> mine() {
        return filters.of(AuditLog.currentActor()).stream().map(SavedFiltersController::response).toList();
    }

    @PostMapping
    ResponseEntity<SavedFilterResponse> save(@Valid @RequestBody SaveBody body) {
        String json = JSON.writeValueAsString(body.filter());
        if (json.length() > 4000) {
            throw new IllegalArgumentException("Фильтр слишком велик");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(response(filters.save(AuditLog.currentActor(), body.name().strip(), json)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        return filters.delete(AuditLog.currentActor(), id) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    @SuppressWarnings("unchecked")
    private static SavedFilterResponse response(SavedFilters.SavedFilter f) {
        return new SavedFilterResponse(f.id(), f.name(), JSON.readValue(f.filter(), Map.class));
    }

    record SaveBody(@NotBlank @Size(max = 100) String name, @NotNull Map<String, Object> filter) {
    }
}
