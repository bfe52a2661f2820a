package dozor.comments.web;

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

import dozor.comments.CommentManagement;
import dozor.comments.CommentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/requests/{id}/comments")
@Tag(name = "Комментарии", description = "Comments on service requests")
class CommentsController {

    private final CommentManagement comments;

    CommentsController(CommentManagement comments) {
        this.comments = comments;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on a request: INTERNAL for staff, CUSTOMER when the customer may see it")
    CommentView add(@PathVariable UUID id, @Valid @RequestBody AddCommentBody body) {
        return comments.add(id, body.toCommand());
    }

    @GetMapping
    @Operation(summary = "The request's comments, newest last")
    List<CommentView> list(@PathVariable UUID id) {
        return comments.list(id);
    }
}
