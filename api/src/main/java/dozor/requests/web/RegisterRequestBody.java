package dozor.requests.web;

import dozor.requests.Priority;
import dozor.requests.RegisterServiceRequest;
import dozor.shared.PhoneNumber;
import dozor.shared.Unp;
import dozor.shared.validation.BelarusUnp;
import dozor.shared.validation.Phone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON of {@code POST /api/v1/requests}. Field names are part of the public contract. */
record RegisterRequestBody(
        @NotBlank @Size(max = 200) String customerName,
        @BelarusUnp String unp,
        @NotBlank @Phone String contactPhone,
        @NotBlank @Size(max = 200) String deviceModel,
        @Size(max = 100) String serialNumber,
        @NotBlank @Size(max = 4000) String problemDescription,
        @NotNull @Pattern(regexp = "P[1-4]") String priority) {

    RegisterServiceRequest toCommand() {
        return new RegisterServiceRequest(customerName, unp == null || unp.isBlank() ? null
                : Unp.parse(unp).orElseThrow(), PhoneNumber.parse(contactPhone).orElseThrow(), deviceModel,
                serialNumber, problemDescription, Priority.valueOf(priority));
    }
}
