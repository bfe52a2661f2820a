package dozor.slasettings;

public class SettingsNotFound extends RuntimeException {

    public SettingsNotFound(String message) {
        super(message);
    }
}
