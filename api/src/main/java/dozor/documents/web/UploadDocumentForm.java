package dozor.documents.web;

import org.springframework.web.multipart.MultipartFile;

import dozor.documents.AttachDocument;
import dozor.documents.DocumentKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The multipart form of {@code POST /api/v1/requests/{id}/documents}. Part names are part of the contract. */
record UploadDocumentForm(
        @NotNull MultipartFile file,
        @Size(max = AttachDocument.MAX_TITLE) String title,
        @Pattern(regexp = "PHOTO|ACT|INVOICE|CONTRACT|WAYBILL|OTHER") String kind) {

    AttachDocument toCommand() {
        return new AttachDocument(file.getOriginalFilename(), title,
                kind == null || kind.isBlank() ? DocumentKind.OTHER : DocumentKind.valueOf(kind));
    }
}
