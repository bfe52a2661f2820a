package dozor.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dozor.customers.CustomerTier;
import dozor.requests.Category;
import dozor.requests.Channel;
import dozor.requests.DeviceType;
import dozor.requests.Priority;
import dozor.requests.PrioritySource;
import dozor.requests.PriorityRule;
import dozor.requests.RegisterServiceRequest;
import dozor.shared.PhoneNumber;

class ClassifierTests {

    static final List<PriorityRule> RULES = List.of(
            rule("TIER", "PLATINUM", Priority.P1, "Платина"),
            rule("TIER", "GOLD", Priority.P2, "Золото"),
            rule("KEYWORD", "ограблен|краж|дтп", Priority.P1, "Запись для полиции"),
            rule("KEYWORD", "не пишет|нет изображения|срочно", Priority.P2, "Не работает"),
            rule("CATEGORY", "CONSULTATION", Priority.P4, "Консультация"),
            new PriorityRule(UUID.randomUUID(), "KEYWORD", "пожар", Priority.P1, "Выключенное правило", false));

    static PriorityRule rule(String kind, String match, Priority p, String description) {
        return new PriorityRule(UUID.randomUUID(), kind, match, p, description, true);
    }

    static RegisterServiceRequest request(String model, String description, Priority priority) {
        return RegisterServiceRequest.of("Клиент", null, PhoneNumber.parse("+375291234567").orElseThrow(), model,
                null, description, priority, Channel.API);
    }

    @Test
    void theMostUrgentMatchingRuleWinsAndSaysWhy() {
        var c = Classifier.classify(request("Hikvision DS-7608NI", "Не пишет архив после кражи", null),
                CustomerTier.GOLD, RULES);
        assertThat(c.priority()).isEqualTo(Priority.P1);
        assertThat(c.prioritySource()).isEqualTo(PrioritySource.RULES);
        assertThat(c.priorityReason()).contains("Запись для полиции").contains("P1");
    }

    @Test
    void theContractTierRaisesThePriority() {
        assertThat(Classifier.classify(request("NVR", "Плановое обслуживание", null), CustomerTier.PLATINUM, RULES)
                .priority()).isEqualTo(Priority.P1);
        assertThat(Classifier.classify(request("NVR", "Плановое обслуживание", null), CustomerTier.STANDARD, RULES)
                .priority()).as("no rule matches").isEqualTo(Priority.P3);
    }

    @Test
    void aDisabledRuleIsIgnored() {
        assertThat(Classifier.classify(request("NVR", "Пожар на складе", null), CustomerTier.STANDARD, RULES)
                .priority()).isEqualTo(Priority.P3);
    }

    @Test
    void theDispatchersChoiceIsKept() {
        var c = Classifier.classify(request("NVR", "Кража", Priority.P4), CustomerTier.PLATINUM, RULES);
        assertThat(c.priority()).isEqualTo(Priority.P4);
        assertThat(c.prioritySource()).isEqualTo(PrioritySource.MANUAL);
    }

    @Test
    void categoryAndDeviceTypeComeFromTheWords() {
        var install = Classifier.classify(request("Streamax X3N", "Установка регистраторов на 12 автобусов", null),
                CustomerTier.STANDARD, RULES);
        assertThat(install.category()).isEqualTo(Category.INSTALLATION);
        assertThat(install.deviceType()).isEqualTo(DeviceType.VEHICLE_DVR);
        var consult = Classifier.classify(request("Dahua XVR5108", "Консультация по настройке", null),
                CustomerTier.STANDARD, RULES);
        assertThat(consult.category()).isEqualTo(Category.CONSULTATION);
        assertThat(consult.deviceType()).isEqualTo(DeviceType.CCTV_DVR);
        assertThat(consult.priority()).isEqualTo(Priority.P4);
        var repair = Classifier.classify(request("Камера DS-2CD2143", "Мигает изображение", null),
                CustomerTier.STANDARD, RULES);
        assertThat(repair.category()).isEqualTo(Category.PAID_REPAIR);
        assertThat(repair.deviceType()).isEqualTo(DeviceType.CAMERA);
    }
}
