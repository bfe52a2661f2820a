package dozor.requests;

import java.util.Objects;

import dozor.shared.PhoneNumber;
import dozor.shared.Unp;

/**
 * What it takes to register a request, already validated: a command cannot hold a malformed УНП or phone.
 *
 * @param unp {@code null} for a private person
 * @param serialNumber {@code null} when not known yet (installations, consultations)
 */
public record RegisterServiceRequest(String customerName, Unp unp, PhoneNumber contactPhone, String deviceModel,
        String serialNumber, String problemDescription, Priority priority) {

    public RegisterServiceRequest {
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(contactPhone, "contactPhone");
        Objects.requireNonNull(deviceModel, "deviceModel");
        Objects.requireNonNull(problemDescription, "problemDescription");
        Objects.requireNonNull(priority, "priority");
    }
}
