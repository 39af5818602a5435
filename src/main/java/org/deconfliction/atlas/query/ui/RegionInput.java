package org.deconfliction.atlas.query.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.deconfliction.atlas.analysis.InvalidRegionException;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.web.StrictDecimal;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A region typed instead of drawn, for the keyboard: WKT ({@code POLYGON ((lon lat, ...))} or
 * {@code LINESTRING (lon lat, ...)}, longitude first as WKT has it), corners as latitude, longitude pairs separated
 * by semicolons ({@code 35.1, 40.1; 35.4, 40.1; 35.4, 40.6}), or a circle as {@code circle <lat>, <lon>, <km>}.
 * It is checked as a drawn region is (the same reader, limits and messages); a problem is shown on the field, naming
 * what was wrong and where, and nothing is asked.
 */
public class RegionInput extends HorizontalLayout {

    private final TextField text = new TextField("Or type a region");
    private final List<Consumer<DrawnShape>> listeners = new ArrayList<>();

    RegionInput(java.util.function.DoubleSupplier lineBufferKm) {
        text.setPlaceholder("35.1, 40.1; 35.4, 40.1; 35.4, 40.6 — or circle 35.3, 40.2, 15 — or WKT");
        text.setHelperText("Corners as latitude, longitude; WKT as longitude latitude; a circle as latitude, longitude, km");
        // Grows to the panel's width and wraps the button below it where the panel is narrow: never wider than it.
        text.setMinWidth("12em");
        text.getStyle().set("flex", "1 1 20em");
        text.setClearButtonVisible(true);
        text.setMaxLength(200_000);
        Button use = new Button("Ask for this region", e -> submit(lineBufferKm.getAsDouble()));
        text.addKeyDownListener(Key.ENTER, e -> submit(lineBufferKm.getAsDouble()));
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setPadding(false);
        setWidthFull();
        setWrap(true);
        add(text, use);
    }

    /** Listens for a usable region typed and submitted. */
    void addRegionListener(Consumer<DrawnShape> listener) {
        listeners.add(listener);
    }

    /** Reads the text, shows a problem on the field or reports the region; the line buffer applies to lines. */
    void submit(double lineBufferKm) {
        try {
            DrawnShape shape = read(text.getValue());
            shape.toRegion(lineBufferKm);
            text.setInvalid(false);
            text.setErrorMessage(null);
            listeners.forEach(l -> l.accept(shape));
        } catch (InvalidRegionException e) {
            text.setErrorMessage("This region cannot be used: " + e.getMessage());
            text.setInvalid(true);
        }
    }

    TextField field() {
        return text;
    }

    /**
     * The shape the text spells.
     *
     * @throws InvalidRegionException naming what is wrong and where
     */
    static DrawnShape read(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            throw new InvalidRegionException("nothing was typed");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("circle")) {
            double[] n = numbers(value.substring("circle".length()), "the circle");
            if (n.length != 3) {
                throw new InvalidRegionException("a circle needs latitude, longitude and radius in km, got " + n.length + " numbers");
            }
            Coordinate centre = corner(n[0], n[1], "the circle's centre");
            return new DrawnShape("Circle", geoJson(Wgs84.FACTORY.createPoint(centre)), n[2] * 1000);
        }
        if (Character.isLetter(value.charAt(0))) {
            Geometry wkt = wkt(value);
            return switch (wkt.getGeometryType()) {
                case "Polygon" -> new DrawnShape("Polygon", geoJson(wkt), 0);
                case "LineString" -> new DrawnShape("Line", geoJson(wkt), 0);
                default -> throw new InvalidRegionException("typed WKT must be a POLYGON or a LINESTRING, was " + wkt.getGeometryType());
            };
        }
        String[] pairs = value.split(";");
        List<Coordinate> ring = new ArrayList<>();
        for (int i = 0; i < pairs.length; i++) {
            if (pairs[i].isBlank() && i == pairs.length - 1) {
                continue;
            }
            String where = "corner " + (i + 1);
            double[] n = numbers(pairs[i], where);
            if (n.length != 2) {
                throw new InvalidRegionException(where + " needs latitude and longitude, got " + n.length + " numbers ('" + shorten(pairs[i]) + "')");
            }
            ring.add(corner(n[0], n[1], where));
        }
        if (ring.size() < 3) {
            throw new InvalidRegionException("a region needs at least 3 corners separated by ';', got " + ring.size());
        }
        if (!ring.getFirst().equals2D(ring.getLast())) {
            ring.add(ring.getFirst().copy());
        }
        return new DrawnShape("Polygon", geoJson(Wgs84.FACTORY.createPolygon(ring.toArray(Coordinate[]::new))), 0);
    }

    private static Geometry wkt(String value) {
        org.deconfliction.atlas.analysis.StrictWkt.check(value);
        try {
            return new WKTReader(Wgs84.FACTORY).read(value);
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidRegionException("the WKT cannot be read: " + e.getMessage(), e);
        }
    }

    private static double[] numbers(String text, String where) {
        String[] parts = text.strip().split("\\s*,\\s*|\\s+");
        double[] values = new double[parts.length == 1 && parts[0].isEmpty() ? 0 : parts.length];
        for (int i = 0; i < values.length; i++) {
            OptionalDouble number = StrictDecimal.decimal(parts[i]);
            if (number.isEmpty()) {
                throw new InvalidRegionException(where + ": '" + shorten(parts[i]) + "' is not a decimal number");
            }
            values[i] = number.getAsDouble();
        }
        return values;
    }

    private static Coordinate corner(double lat, double lon, String where) {
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new InvalidRegionException(String.format(Locale.ROOT,
                    "%s: latitude must be within ±90 and longitude within ±180, was %s, %s", where, lat, lon));
        }
        return new Coordinate(lon, lat);
    }

    private static String geoJson(Geometry geometry) {
        return GeoJsonEncoder.geometry(geometry).toString();
    }

    private static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }
}
