package dozor.ingest.intake;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dozor.requests.Category;
import dozor.requests.Channel;
import dozor.requests.DeviceType;
import dozor.requests.ExternalReference;
import dozor.requests.Priority;
import dozor.requests.RegisterServiceRequest;
import dozor.shared.PhoneNumber;
import dozor.shared.Unp;
import dozor.shared.validation.BelarusUnp;
import dozor.shared.validation.Phone;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The fields of a service request as an outside channel delivers them (a CRM payload, a row of a migrated file),
 * named and checked exactly like the body of {@code POST /api/v1/requests}, so that every entry point accepts and
 * refuses the same values with the same messages.
 */
public record RequestFields(
        @NotBlank @Size(max = 200) String customerName,
        @BelarusUnp String unp,
        @NotBlank @Phone String contactPhone,
        @Email @Size(max = 200) String contactEmail,
        @NotBlank @Size(max = 200) String deviceModel,
        @Size(max = 100) String serialNumber,
        @NotBlank @Size(max = 4000) String problemDescription,
        @Pattern(regexp = "P[1-4]") String priority,
        @Pattern(regexp = "WARRANTY_REPAIR|PAID_REPAIR|INSTALLATION|REPLACEMENT|CONSULTATION|EQUIPMENT_ORDER")
        String category,
        @Pattern(regexp = "VEHICLE_DVR|CCTV_NVR|CCTV_DVR|CAMERA|STORAGE|OTHER") String deviceType,
        @Size(max = 100) String region) {

    /** The field names, in the order of the REST contract (and of the problems reported about them). */
    public static final List<String> NAMES = List.of("customerName", "unp", "contactPhone", "contactEmail",
            "deviceModel", "serialNumber", "problemDescription", "priority", "category", "deviceType", "region");

    /**
     * The fields from raw values by name: surrounding blanks dropped, a blank value absent, the enumerated ones
     * (priority, category, device type) upper-cased, since spreadsheets and CRMs are not strict about case.
     */
    public static RequestFields of(Map<String, String> values) {
        return new RequestFields(text(values, "customerName"), text(values, "unp"), text(values, "contactPhone"),
                text(values, "contactEmail"), text(values, "deviceModel"), text(values, "serialNumber"),
                text(values, "problemDescription"), upper(values, "priority"), upper(values, "category"),
                upper(values, "deviceType"), text(values, "region"));
    }

    /** The command; only for fields that passed the checks. */
    public RegisterServiceRequest toCommand(Channel channel, ExternalReference external) {
        return new RegisterServiceRequest(customerName, unp == null ? null : Unp.parse(unp).orElseThrow(),
                PhoneNumber.parse(contactPhone).orElseThrow(), contactEmail, deviceModel, serialNumber,
                problemDescription, priority == null ? null : Priority.valueOf(priority),
                category == null ? null : Category.valueOf(category),
                deviceType == null ? null : DeviceType.valueOf(deviceType), region, channel, external);
    }

    static String text(Map<String, String> values, String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(Map<String, String> values, String name) {
        String value = text(values, name);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
