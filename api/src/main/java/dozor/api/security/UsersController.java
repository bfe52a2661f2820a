package dozor.api.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Staff accounts; administrators only. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UsersController {

    private final AppUsers users;

    UsersController(AppUsers users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "All users with their roles")
    List<MeResponse> list() {
        return users.all().stream().map(MeResponse::of).toList();
    }

    @PostMapping
    @Operation(summary = "Create a user")
    ResponseEntity<?> create(@Valid @RequestBody NewUser body) {
        if (users.exists(body.username())) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(org.springframework.http.ProblemDetail
                    .forStatusAndDetail(HttpStatus.CONFLICT, "User " + body.username() + " already exists"));
        }
        AppUser user = users.create(body.username(), body.displayName(), body.password(),
                EnumSet.copyOf(body.roles()), body.locale() == null ? "ru" : body.locale());
        return ResponseEntity.status(HttpStatus.CREATED).body(MeResponse.of(user));
    }

    record NewUser(@NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{2,39}") String username,
            @NotBlank @Size(max = 200) String displayName, @NotBlank @Size(min = 10, max = 200) String password,
            @NotEmpty Set<Role> roles, @Pattern(regexp = "ru|en") String locale) {
    }
}
