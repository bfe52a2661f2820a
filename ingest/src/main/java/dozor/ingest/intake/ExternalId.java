package dozor.ingest.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The id a request has in the system it comes from: what makes a repeated delivery register nothing. */
public record ExternalId(@NotBlank @Size(max = 200) String externalId) {

    public static final String FIELD = "externalId";
}
