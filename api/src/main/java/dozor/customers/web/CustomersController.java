package dozor.customers.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dozor.customers.Counterparties;
import dozor.customers.Counterparty;
import dozor.customers.CounterpartyNotFound;
import dozor.customers.CustomerTier;
import dozor.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Клиенты", description = "Counterparties")
class CustomersController {

    private final Counterparties counterparties;

    CustomersController(Counterparties counterparties) {
        this.counterparties = counterparties;
    }

    @GetMapping
    @Operation(summary = "Search counterparties by name, УНП or phone")
    PageResponse<Counterparty> search(@RequestParam(defaultValue = "") @Size(max = 200) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return counterparties.search(q, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One counterparty")
    Counterparty get(@PathVariable UUID id) {
        return counterparties.find(id).orElseThrow(() -> new CounterpartyNotFound(id));
    }

    @PutMapping("/{id}/tier")
    @Operation(summary = "Change the contract tier")
    Counterparty tier(@PathVariable UUID id, @Valid @RequestBody TierBody body) {
        return counterparties.changeTier(id, body.tier());
    }

    record TierBody(@NotNull CustomerTier tier) {
    }
}
