package dozor.requests;

import java.util.Objects;

import dozor.shared.PhoneNumber;
import dozor.shared.Unp;

/**
 * What it takes to register a request, already validated: a command cannot hold a malformed УНП or phone.
 * Category, device type and priority may be left {@code null}: the classification rules then decide.
 *
 * @param unp {@code null} for a private person
 * @param serialNumber {@code null} when not known yet (installations, consultations)
 * @param external the id in the source system, or {@code null}; a repeat with the same reference registers nothing
 */
public record RegisterServiceRequest(String customerName, Unp unp, PhoneNumber contactPhone, String contactEmail,
        String deviceModel, String serialNumber, String problemDescription, Priority priority, Category category,
        DeviceType deviceType, String region, Channel channel, ExternalReference external) {

    public RegisterServiceRequest {
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(contactPhone, "contactPhone");
        Objects.requireNonNull(deviceModel, "deviceModel");
        Objects.requireNonNull(problemDescription, "problemDescription");
        Objects.requireNonNull(channel, "channel");
    }

    /** The first contract's fields: priority chosen, category and device type left to the rules. */
    public static RegisterServiceRequest of(String customerName, Unp unp, PhoneNumber contactPhone, String deviceModel,
            String serialNumber, String problemDescription, Priority priority, Channel channel) {
        return new RegisterServiceRequest(customerName, unp, contactPhone, null, deviceModel, serialNumber,
                problemDescription, priority, null, null, null, channel, null);
    }
}
