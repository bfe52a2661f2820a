package dozor.streams.stock;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Interactive queries of the live stock rows, for the api (internal, token-protected). */
@RestController
class StockQueryController {

    private final StockStreams streams;

    StockQueryController(StockStreams streams) {
        this.streams = streams;
    }

    @GetMapping("/internal/v1/stock/levels")
    List<StockLevel> levels(@RequestParam(required = false) UUID itemId,
            @RequestParam(required = false) UUID warehouseId) {
        return streams.levels(itemId, warehouseId);
    }

    @GetMapping("/internal/v1/stock/alerts")
    List<StockLevel> alerts() {
        return streams.alerts();
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<String> notReady(IllegalStateException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(ex.getMessage());
    }
}
