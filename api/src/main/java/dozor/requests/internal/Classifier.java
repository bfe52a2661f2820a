package dozor.requests.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dozor.customers.CustomerTier;
import dozor.requests.Category;
import dozor.requests.DeviceType;
import dozor.requests.Priority;
import dozor.requests.PrioritySource;
import dozor.requests.PriorityRule;
import dozor.requests.RegisterServiceRequest;

/**
 * Classifies a new request: category and device type from what the dispatcher chose or, failing that, from words in
 * the description and the model; priority from the configurable rules unless the dispatcher set one.
 */
public final class Classifier {

    /** Checked in order; the first category whose words occur wins, otherwise a paid repair. */
    private static final Map<Category, Pattern> CATEGORY_WORDS = new java.util.LinkedHashMap<>();

    private static final Map<DeviceType, Pattern> DEVICE_WORDS = new java.util.LinkedHashMap<>();

    static {
        CATEGORY_WORDS.put(Category.INSTALLATION, words("установ|монтаж|подключить новы|смонтир"));
        CATEGORY_WORDS.put(Category.REPLACEMENT, words("замен|подменн"));
        CATEGORY_WORDS.put(Category.WARRANTY_REPAIR, words("гаранти"));
        CATEGORY_WORDS.put(Category.CONSULTATION, words("консультац|подскажите|как настроить|вопрос по"));
        CATEGORY_WORDS.put(Category.EQUIPMENT_ORDER, words("заказ|купить|поставк|счёт на|счет на|коммерческ"));
        DEVICE_WORDS.put(DeviceType.VEHICLE_DVR, words("автомобил|мобильн|streamax|howen|mdvr|ae-md|автобус|транспорт"));
        DEVICE_WORDS.put(DeviceType.CAMERA, words("камер|ds-2cd|ipc|ptz"));
        DEVICE_WORDS.put(DeviceType.CCTV_NVR, words("nvr|видеосервер|trassir"));
        DEVICE_WORDS.put(DeviceType.CCTV_DVR, words("xvr|dvr|видеорегистратор"));
        DEVICE_WORDS.put(DeviceType.STORAGE, words("жёстк|жестк|hdd|диск|накопител|nas"));
    }

    private Classifier() {
    }

    public static Classification classify(RegisterServiceRequest command, CustomerTier tier, List<PriorityRule> rules) {
        String text = (command.problemDescription() + " " + command.deviceModel()).toLowerCase(Locale.ROOT);
        Category category = command.category() != null ? command.category()
                : CATEGORY_WORDS.entrySet().stream().filter(e -> e.getValue().matcher(text).find())
                        .map(Map.Entry::getKey).findFirst().orElse(Category.PAID_REPAIR);
        DeviceType deviceType = command.deviceType() != null ? command.deviceType()
                : DEVICE_WORDS.entrySet().stream().filter(e -> e.getValue().matcher(text).find())
                        .map(Map.Entry::getKey).findFirst().orElse(DeviceType.OTHER);
        if (command.priority() != null) {
            return new Classification(category, deviceType, command.priority(), PrioritySource.MANUAL,
                    "Приоритет выбран при регистрации");
        }
        Optional<PriorityRule> winner = rules.stream().filter(PriorityRule::active)
                .filter(rule -> matches(rule, tier, category, deviceType, text))
                .min(Comparator.comparing(PriorityRule::priority));
        return winner.map(rule -> new Classification(category, deviceType, rule.priority(), PrioritySource.RULES,
                "Правило: " + rule.description() + " → " + rule.priority()))
                .orElse(new Classification(category, deviceType, Priority.P3, PrioritySource.RULES,
                        "Ни одно правило не подошло → P3"));
    }

    static boolean matches(PriorityRule rule, CustomerTier tier, Category category, DeviceType deviceType, String text) {
        return switch (rule.kind()) {
            case "TIER" -> rule.match().equals(tier.name());
            case "CATEGORY" -> rule.match().equals(category.name());
            case "DEVICE_TYPE" -> rule.match().equals(deviceType.name());
            case "KEYWORD" -> words(rule.match()).matcher(text).find();
            default -> false;
        };
    }

    private static Pattern words(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
