package dozor.comments.web;

import dozor.comments.AddComment;
import dozor.comments.CommentVisibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON of {@code POST /api/v1/requests/{id}/comments}. Field names are part of the public contract. */
record AddCommentBody(
        @NotBlank @Size(max = AddComment.MAX_TEXT) String text,
        @NotNull @Pattern(regexp = "INTERNAL|CUSTOMER") String visibility) {

    AddComment toCommand() {
        return new AddComment(text, CommentVisibility.valueOf(visibility));
    }
}
