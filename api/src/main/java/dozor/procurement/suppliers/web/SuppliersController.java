package dozor.procurement.suppliers.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dozor.procurement.suppliers.ContractView;
import dozor.procurement.suppliers.SupplierCommands.ContractChange;
import dozor.procurement.suppliers.SupplierCommands.ItemTerms;
import dozor.procurement.suppliers.SupplierCommands.NewContract;
import dozor.procurement.suppliers.SupplierCommands.NewSupplier;
import dozor.procurement.suppliers.SupplierCommands.SupplierChange;
import dozor.procurement.suppliers.SupplierException;
import dozor.procurement.suppliers.SupplierItemView;
import dozor.procurement.suppliers.SupplierView;
import dozor.procurement.suppliers.Suppliers;
import dozor.shared.validation.BelarusUnp;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@Validated
@Tag(name = "Закупки: поставщики", description = "Suppliers, their items and terms, contracts")
class SuppliersController {

    private final Suppliers suppliers;

    SuppliersController(Suppliers suppliers) {
        this.suppliers = suppliers;
    }

    @PostMapping("/api/v1/procurement/suppliers")
    @ResponseStatus(HttpStatus.CREATED)
    SupplierView create(@Valid @RequestBody SupplierBody body) {
        return suppliers.create(new NewSupplier(body.code(), body.name(), body.unp(), body.country(), body.currency(),
                body.email(), body.phone()));
    }

    @GetMapping("/api/v1/procurement/suppliers")
    @Operation(summary = "Search suppliers by code, name or УНП")
    List<SupplierView> search(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return suppliers.search(q, active, limit);
    }

    @GetMapping("/api/v1/procurement/suppliers/{id}")
    SupplierView supplier(@PathVariable UUID id) {
        return suppliers.supplier(id);
    }

    @PutMapping("/api/v1/procurement/suppliers/{id}")
    @Operation(summary = "Change a supplier (the code is fixed); an empty УНП removes it")
    SupplierView change(@PathVariable UUID id, @Valid @RequestBody SupplierChangeBody body) {
        return suppliers.change(id, new SupplierChange(body.name(), body.unp(), body.country(), body.currency(),
                body.email(), body.phone(), body.active()));
    }

    @GetMapping("/api/v1/procurement/suppliers/{id}/items")
    List<SupplierItemView> items(@PathVariable UUID id) {
        return suppliers.items(id);
    }

    @PutMapping("/api/v1/procurement/suppliers/{id}/items/{itemId}")
    @Operation(summary = "Set what the supplier asks for an item: price, lead time, minimum order, pack size")
    SupplierItemView putItem(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @RequestBody ItemBody body) {
        return suppliers.putItem(id, itemId, new ItemTerms(body.supplierSku(), body.price(), body.currency(),
                body.leadTimeDays(), body.minOrderQty(), body.packSize()));
    }

    @DeleteMapping("/api/v1/procurement/suppliers/{id}/items/{itemId}")
    ResponseEntity<Void> removeItem(@PathVariable UUID id, @PathVariable UUID itemId) {
        suppliers.removeItem(id, itemId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/procurement/suppliers/{id}/contracts")
    List<ContractView> contracts(@PathVariable UUID id) {
        return suppliers.contracts(id);
    }

    @PostMapping("/api/v1/procurement/suppliers/{id}/contracts")
    @ResponseStatus(HttpStatus.CREATED)
    ContractView addContract(@PathVariable UUID id, @Valid @RequestBody ContractBody body) {
        return suppliers.addContract(id, new NewContract(body.number(), body.validFrom(), body.validTo(),
                body.paymentTermsDays() == null ? 0 : body.paymentTermsDays(),
                body.warrantyMonths() == null ? 0 : body.warrantyMonths(), body.currency(), body.note()));
    }

    @PutMapping("/api/v1/procurement/suppliers/{id}/contracts/{contractId}")
    @Operation(summary = "Change a contract's validity, payment and warranty terms (the number and currency stay)")
    ContractView changeContract(@PathVariable UUID id, @PathVariable UUID contractId,
            @Valid @RequestBody ContractChangeBody body) {
        return suppliers.changeContract(id, contractId, new ContractChange(body.validFrom(), body.validTo(),
                body.paymentTermsDays(), body.warrantyMonths(), body.note()));
    }

    @GetMapping("/api/v1/procurement/suppliers/{id}/contracts/current")
    @Operation(summary = "The contract in force on a day (today by default); 404 if none")
    ContractView currentContract(@PathVariable UUID id, @RequestParam(required = false) LocalDate on) {
        return suppliers.currentContract(id, on).orElseThrow(() -> SupplierException.notFound(
                "У поставщика нет действующего договора на эту дату"));
    }

    record SupplierBody(@NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{L}0-9][\\p{L}0-9._-]*") String code,
            @NotBlank @Size(max = 300) String name, @BelarusUnp String unp,
            @Pattern(regexp = "[A-Z]{2}") String country, @Pattern(regexp = "[A-Z]{3}") String currency,
            @Email @Size(max = 200) String email, @Size(max = 40) String phone) {
    }

    record SupplierChangeBody(@Size(min = 1, max = 300) String name, @BelarusUnp String unp,
            @Pattern(regexp = "[A-Z]{2}") String country, @Pattern(regexp = "[A-Z]{3}") String currency,
            @Email @Size(max = 200) String email, @Size(max = 40) String phone, Boolean active) {
    }

    record ItemBody(@Size(max = 60) String supplierSku,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal price,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency, @NotNull @Min(0) @Max(365) Integer leadTimeDays,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 11, fraction = 3) BigDecimal minOrderQty,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 11, fraction = 3) BigDecimal packSize) {
    }

    record ContractChangeBody(@NotNull LocalDate validFrom, LocalDate validTo,
            @NotNull @Min(0) @Max(365) Integer paymentTermsDays, @NotNull @Min(0) @Max(120) Integer warrantyMonths,
            @Size(max = 1000) String note) {
    }

    record ContractBody(@NotBlank @Size(max = 60) String number, @NotNull LocalDate validFrom, LocalDate validTo,
            @Min(0) @Max(365) Integer paymentTermsDays, @Min(0) @Max(120) Integer warrantyMonths,
            @Pattern(regexp = "[A-Z]{3}") String currency, @Size(max = 1000) String note) {
    }
}
