package dozor.shared;

import java.time.ZoneId;

/** The business time zone. Time is stored in UTC; calendars and human dates are Minsk dates. */
public final class Minsk {

    public static final ZoneId ZONE = ZoneId.of("Europe/Minsk");

    private Minsk() {
    }
}
