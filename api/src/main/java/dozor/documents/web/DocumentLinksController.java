package dozor.documents.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dozor.documents.DocumentLinkManagement;
import dozor.documents.DocumentLinkView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/requests/{id}/links")
@Tag(name = "Документы", description = "Files attached to service requests")
class DocumentLinksController {

    private final DocumentLinkManagement links;

    DocumentLinksController(DocumentLinkManagement links) {
        this.links = links;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link a contract, invoice, act or waybill by its number (409 when already linked)")
    DocumentLinkView link(@PathVariable UUID id, @Valid @RequestBody AddLinkBody body) {
        return links.link(id, body.toCommand());
    }

    @GetMapping
    @Operation(summary = "The request's linked documents, oldest first")
    List<DocumentLinkView> list(@PathVariable UUID id) {
        return links.list(id);
    }
}
