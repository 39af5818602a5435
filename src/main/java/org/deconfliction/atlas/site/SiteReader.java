package org.deconfliction.atlas.site;

import java.util.List;
import java.util.regex.Pattern;
import org.deconfliction.atlas.geodata.FeatureProperties;
import org.deconfliction.atlas.geodata.GeoJsonFeature;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.locationtech.jts.geom.Point;

/** Turns checked features of {@code sites.geojson} into {@link Site}s, refusing any that break the format. */
final class SiteReader {

    static final String FILE = "sites.geojson";
    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    List<Site> read(List<GeoJsonFeature> features) {
        return features.stream().map(SiteReader::site).toList();
    }

    private static Site site(GeoJsonFeature feature) {
        FeatureProperties p = feature.properties();
        Point point = feature.point();
        String country = p.countryCode("country");
        return new Site(
                feature.id(),
                p.text("name"),
                p.textList("alternateNames"),
                p.oneOf("kind", SiteKind.values(), SiteKind::code),
                p.text("description"),
                point,
                LocationUncertainty.read(p.object("location")),
                p.objects("held").stream().map(SiteReader::held).toList(),
                country,
                p.sources());
    }

    private static HeldPeriod held(FeatureProperties period) {
        return new HeldPeriod(period.text("by"), partialDate(period, "from"), partialDate(period, "to"), period.optionalText("note"));
    }

    private static String partialDate(FeatureProperties period, String field) {
        String value = period.optionalText(field);
        if (value != null && !PARTIAL_DATE.matcher(value).matches()) {
            throw period.problem(field, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD, was '" + value + "'");
        }
        return value;
    }
}
