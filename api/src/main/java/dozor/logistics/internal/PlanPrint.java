package dozor.logistics.internal;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dozor.logistics.DayPlan;
import dozor.logistics.ShipmentKind;
import dozor.logistics.ShipmentView;
import dozor.stock.Catalogue;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignGroup;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.OrientationEnum;
import net.sf.jasperreports.engine.type.PositionTypeEnum;

/**
 * The printable delivery list: JasperReports 7, the design built in code (one table per carrier and route, Russian
 * headings), compiled once with the JDT compiler (which reads classes through the class loader, so it works inside
 * the executable jar too) and exported to PDF. Text is set in DejaVu Sans from {@code jasperreports-fonts}, embedded
 * (Identity-H), so Cyrillic renders in any viewer.
 */
@Component
public class PlanPrint {

    static final String FONT = "DejaVu Sans";

    static final String[] FIELDS = { "grp", "number", "kind", "tracking", "recipient", "address", "phone", "items",
            "status" };

    static final String[] HEADINGS = { "Отгрузка", "Вид", "Трек-номер", "Получатель", "Адрес", "Телефон", "Состав",
            "Статус" };

    static final int[] WIDTHS = { 80, 85, 90, 95, 150, 75, 170, 57 };

    static final Map<ShipmentKind, String> KINDS = Map.of(ShipmentKind.REPAIRED_DEVICE, "Из ремонта",
            ShipmentKind.NEW_EQUIPMENT, "Новое оборудование", ShipmentKind.SWAP_REPLACEMENT, "Подменный аппарат",
            ShipmentKind.PICKUP, "Забор у клиента", ShipmentKind.CUSTOMER_RETURN, "Возврат от клиента",
            ShipmentKind.TRANSFER, "Перемещение");

    static final Map<String, String> STATUSES = Map.of("PLANNED", "К отправке", "DISPATCHED", "Отправлена",
            "IN_TRANSIT", "В пути", "DELIVERED", "Доставлена", "FAILED", "Не доставлена", "RETURNED", "Возвращена",
            "CANCELLED", "Отменена");

    private final Catalogue catalogue;

    private volatile JasperReport report;

    PlanPrint(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public byte[] pdf(DayPlan plan) {
        Map<UUID, String> names = new HashMap<>();
        List<Map<String, ?>> rows = new ArrayList<>();
        for (DayPlan.Group g : plan.groups()) {
            String group = (g.carrierName() == null ? g.carrier() : g.carrierName()) + " — маршрут: "
                    + (g.route() == null ? "не задан" : g.route()) + " (" + g.shipments().size() + ")";
            for (ShipmentView s : g.shipments()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("grp", group);
                row.put("number", s.number());
                row.put("kind", KINDS.get(s.kind()));
                row.put("tracking", s.trackingNumber() == null ? "—" : s.trackingNumber());
                row.put("recipient", s.recipient() == null ? "" : s.recipient());
                row.put("address", s.address() == null ? "" : s.address());
                row.put("phone", s.recipientPhone() == null ? "" : s.recipientPhone());
                row.put("items", s.lines().stream().map(l -> names.computeIfAbsent(l.itemId(),
                        id -> catalogue.item(id).name()) + " × " + l.quantity().stripTrailingZeros().toPlainString()
                        + (l.serial() == null ? "" : " (S/N " + l.serial() + ")")).collect(Collectors.joining("; ")));
                row.put("status", STATUSES.get(s.status().name()));
                rows.add(row);
            }
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", "План доставки на " + plan.date().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        parameters.put("total", "Всего отгрузок: " + plan.total());
        try {
            JasperPrint print = JasperFillManager.fillReport(report(), parameters, new JRMapCollectionDataSource(rows));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JasperExportManager.exportReportToPdfStream(print, out);
            return out.toByteArray();
        }
        catch (JRException ex) {
            throw new IllegalStateException("Delivery plan PDF failed", ex);
        }
    }

    private JasperReport report() throws JRException {
        JasperReport r = report;
        if (r == null) {
            synchronized (this) {
                if (report == null) {
                    report = JasperCompileManager.compileReport(design());
                }
                r = report;
            }
        }
        return r;
    }

    static JasperDesign design() throws JRException {
        JasperDesign d = new JasperDesign();
        d.setName("delivery_plan");
        d.setOrientation(OrientationEnum.LANDSCAPE);
        d.setPageWidth(842);
        d.setPageHeight(595);
        d.setLeftMargin(20);
        d.setRightMargin(20);
        d.setTopMargin(20);
        d.setBottomMargin(20);
        d.setColumnWidth(802);
        JRDesignStyle style = new JRDesignStyle();
        style.setName("base");
        style.setDefault(true);
        style.setFontName(FONT);
        style.setFontSize(8f);
        d.addStyle(style);
        for (String p : List.of("title", "total")) {
            JRDesignParameter parameter = new JRDesignParameter();
            parameter.setName(p);
            parameter.setValueClass(String.class);
            d.addParameter(parameter);
        }
        for (String f : FIELDS) {
            JRDesignField field = new JRDesignField();
            field.setName(f);
            field.setValueClass(String.class);
            d.addField(field);
        }
        JRDesignBand title = new JRDesignBand();
        title.setHeight(30);
        JRDesignTextField heading = text("$P{title}", 0, 0, 802, 24);
        heading.setFontSize(14f);
        heading.setBold(true);
        title.addElement(heading);
        d.setTitle(title);

        JRDesignBand columns = new JRDesignBand();
        columns.setHeight(16);
        int x = 0;
        for (int i = 0; i < HEADINGS.length; i++) {
            JRDesignStaticText h = new JRDesignStaticText();
            h.setX(x);
            h.setY(0);
            h.setWidth(WIDTHS[i]);
            h.setHeight(14);
            h.setText(HEADINGS[i]);
            h.setBold(true);
            columns.addElement(h);
            x += WIDTHS[i];
        }
        d.setColumnHeader(columns);

        JRDesignGroup group = new JRDesignGroup();
        group.setName("carrierRoute");
        group.setExpression(new JRDesignExpression("$F{grp}"));
        JRDesignBand groupHeader = new JRDesignBand();
        groupHeader.setHeight(20);
        JRDesignTextField groupTitle = text("$F{grp}", 0, 4, 802, 14);
        groupTitle.setBold(true);
        groupTitle.setFontSize(10f);
        groupHeader.addElement(groupTitle);
        ((JRDesignSection) group.getGroupHeaderSection()).addBand(groupHeader);
        d.addGroup(group);

        JRDesignBand detail = new JRDesignBand();
        detail.setHeight(14);
        x = 0;
        for (int i = 0; i < HEADINGS.length; i++) {
            JRDesignTextField cell = text("$F{" + FIELDS[i + 1] + "}", x, 0, WIDTHS[i] - 4, 14);
            cell.setTextAdjust(net.sf.jasperreports.engine.type.TextAdjustEnum.STRETCH_HEIGHT);
            cell.setPositionType(PositionTypeEnum.FLOAT);
            detail.addElement(cell);
            x += WIDTHS[i];
        }
        ((JRDesignSection) d.getDetailSection()).addBand(detail);

        JRDesignBand summary = new JRDesignBand();
        summary.setHeight(24);
        JRDesignTextField total = text("$P{total}", 0, 8, 802, 14);
        total.setBold(true);
        summary.addElement(total);
        d.setSummary(summary);
        return d;
    }

    private static JRDesignTextField text(String expression, int x, int y, int width, int height) {
        JRDesignTextField t = new JRDesignTextField();
        t.setExpression(new JRDesignExpression(expression));
        t.setX(x);
        t.setY(y);
        t.setWidth(width);
        t.setHeight(height);
        return t;
    }
}
