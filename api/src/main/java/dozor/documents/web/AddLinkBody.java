package dozor.documents.web;

import dozor.documents.AttachDocument;
import dozor.documents.LinkDocument;
import dozor.documents.LinkKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON of {@code POST /api/v1/requests/{id}/links}. Field names are part of the public contract. */
record AddLinkBody(
        @NotNull @Pattern(regexp = "CONTRACT|INVOICE|ACT|WAYBILL") String kind,
        @NotBlank @Size(max = LinkDocument.MAX_REFERENCE) String reference,
        @Size(max = AttachDocument.MAX_TITLE) String title) {

    LinkDocument toCommand() {
        return new LinkDocument(LinkKind.valueOf(kind), reference, title);
    }
}
