package dozor.stock.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dozor.stock.AbcClassification;
import dozor.stock.Catalogue.AbcOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** ABC classes from the analytics, applied on demand (the schedule does the same every few hours). */
@RestController
@Tag(name = "Stock")
class AbcController {

    private final AbcClassification classification;

    AbcController(AbcClassification classification) {
        this.classification = classification;
    }

    @PostMapping("/api/v1/stock/abc-classes/apply")
    @Operation(summary = "Set the analytics' ABC classes on items not classified by hand")
    AbcOutcome apply() {
        return classification.apply();
    }
}
