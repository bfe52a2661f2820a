package dozor.stock.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dozor.stock.AbcClass;
import dozor.stock.Catalogue;
import dozor.stock.Commands.ItemChange;
import dozor.stock.Commands.NewItem;
import dozor.stock.Commands.NewWarehouse;
import dozor.stock.ItemCategory;
import dozor.stock.ItemView;
import dozor.stock.UnitOfMeasure;
import dozor.stock.WarehouseKind;
import dozor.stock.WarehouseView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Склад: номенклатура", description = "Catalogue items and warehouses")
class CatalogueController {

    private final Catalogue catalogue;

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @PostMapping("/api/v1/stock/items")
    @ResponseStatus(HttpStatus.CREATED)
    ItemView createItem(@Valid @RequestBody ItemBody body) {
        return catalogue.createItem(new NewItem(body.sku(), body.name(), body.category(), body.unit(),
                Boolean.TRUE.equals(body.serialTracked()), body.abcClass(), body.supplierId()));
    }

    @GetMapping("/api/v1/stock/items")
    @Operation(summary = "Search the catalogue by SKU or name")
    List<ItemView> items(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) ItemCategory category,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return catalogue.items(q, category, limit);
    }

    @GetMapping("/api/v1/stock/items/{id}")
    ItemView item(@PathVariable UUID id) {
        return catalogue.item(id);
    }

    @PutMapping("/api/v1/stock/items/{id}")
    @Operation(summary = "Change an item's name, ABC class or supplier (unit and serial tracking are fixed)")
    ItemView changeItem(@PathVariable UUID id, @Valid @RequestBody ItemChangeBody body) {
        return catalogue.changeItem(id, new ItemChange(body.name(), body.abcClass(), body.supplierId()));
    }

    @PostMapping("/api/v1/stock/warehouses")
    @ResponseStatus(HttpStatus.CREATED)
    WarehouseView createWarehouse(@Valid @RequestBody WarehouseBody body) {
        return catalogue.createWarehouse(new NewWarehouse(body.code(), body.name(), body.kind(), body.region(),
                body.holder()));
    }

    @GetMapping("/api/v1/stock/warehouses")
    List<WarehouseView> warehouses(@RequestParam(required = false) WarehouseKind kind) {
        return catalogue.warehouses(kind);
    }

    record ItemBody(@NotBlank @Size(max = 40) @Pattern(regexp = "[\\p{L}0-9][\\p{L}0-9._/-]*") String sku,
            @NotBlank @Size(max = 300) String name, @NotNull ItemCategory category, @NotNull UnitOfMeasure unit,
            Boolean serialTracked, AbcClass abcClass, UUID supplierId) {
    }

    record ItemChangeBody(@Size(min = 1, max = 300) String name, AbcClass abcClass, UUID supplierId) {
    }

    record WarehouseBody(@NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{L}0-9][\\p{L}0-9._-]*") String code,
            @NotBlank @Size(max = 200) String name, @NotNull WarehouseKind kind, @Size(max = 100) String region,
            @Size(max = 40) String holder) {
    }
}
