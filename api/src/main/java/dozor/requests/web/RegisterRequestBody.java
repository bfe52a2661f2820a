package dozor.requests.web;

import dozor.requests.Category;
import dozor.requests.Channel;
import dozor.requests.DeviceType;
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
 * The JSON of {@code POST /api/v1/requests}. Field names are part of the public contract. Without a priority (or a
 * category, a device type) the classification rules decide.
 */
record RegisterRequestBody(
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

    RegisterServiceRequest toCommand(Channel channel) {
        return new RegisterServiceRequest(customerName, unp == null || unp.isBlank() ? null
                : Unp.parse(unp).orElseThrow(), PhoneNumber.parse(contactPhone).orElseThrow(), contactEmail,
                deviceModel, serialNumber, problemDescription, priority == null ? null : Priority.valueOf(priority),
                category == null ? null : Category.valueOf(category),
                deviceType == null ? null : DeviceType.valueOf(deviceType), region, channel, null);
    }
}
