package org.deconfliction.atlas.ingest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Actors;
import org.deconfliction.atlas.incident.Casualties;
import org.deconfliction.atlas.incident.CasualtyCount;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.Opponent;
import org.deconfliction.atlas.incident.Range;
import org.locationtech.jts.geom.Coordinate;

/**
 * An incident in the import spool's binary form: each value in field order, texts as UTF-8 with their length (-1
 * for none), codes by their position in their enum (the spool lives only as long as one import in one process), so
 * that an incident checked while the file was read comes back in the write transaction without being parsed again.
 * Written and read back, an incident is equal to itself.
 */
final class SpooledIncident {

    private SpooledIncident() {
    }

    static void write(DataOutputStream out, Incident incident) throws IOException {
        text(out, incident.id());
        text(out, incident.title());
        text(out, incident.summary());
        out.writeByte(incident.category().ordinal());
        texts(out, incident.actors().sideA());
        texts(out, incident.actors().sideB());
        out.writeByte(incident.opponent().ordinal());
        Casualties casualties = incident.casualties();
        side(out, casualties.sideA());
        side(out, casualties.sideB());
        side(out, casualties.civilians());
        text(out, casualties.note());
        text(out, incident.place());
        text(out, incident.siteId());
        out.writeDouble(incident.location().getX());
        out.writeDouble(incident.location().getY());
        out.writeByte(incident.uncertainty().precision().ordinal());
        out.writeDouble(incident.uncertainty().radiusMetres());
        out.writeByte(incident.date().precision().ordinal());
        out.writeLong(incident.date().start().toEpochDay());
        out.writeLong(incident.date().end().toEpochDay());
        text(out, incident.date().note());
        out.writeLong(incident.timeOfDay() == null ? -1 : incident.timeOfDay().toNanoOfDay());
        text(out, incident.country());
        out.writeInt(incident.sources().size());
        for (SourceReference source : incident.sources()) {
            text(out, source.title());
            text(out, source.publisher());
            text(out, source.seed());
        }
        texts(out, incident.disagreements());
    }

    static Incident read(DataInputStream in) throws IOException {
        String id = text(in);
        String title = text(in);
        String summary = text(in);
        IncidentCategory category = IncidentCategory.values()[in.readByte()];
        Actors actors = new Actors(texts(in), texts(in));
        Opponent opponent = Opponent.values()[in.readByte()];
        Casualties casualties = new Casualties(side(in), side(in), side(in), text(in));
        String place = text(in);
        String siteId = text(in);
        double x = in.readDouble();
        double y = in.readDouble();
        LocationUncertainty uncertainty = new LocationUncertainty(LocationPrecision.values()[in.readByte()], in.readDouble());
        IncidentDate date = new IncidentDate(DatePrecision.values()[in.readByte()], LocalDate.ofEpochDay(in.readLong()),
                LocalDate.ofEpochDay(in.readLong()), text(in));
        long nanoOfDay = in.readLong();
        String country = text(in);
        int sourceCount = in.readInt();
        List<SourceReference> sources = new ArrayList<>(sourceCount);
        for (int i = 0; i < sourceCount; i++) {
            sources.add(new SourceReference(text(in), text(in), text(in)));
        }
        return new Incident(id, title, summary, category, actors, opponent, casualties, place, siteId,
                Wgs84.FACTORY.createPoint(new Coordinate(x, y)), uncertainty, date,
                nanoOfDay < 0 ? null : LocalTime.ofNanoOfDay(nanoOfDay), country, sources, texts(in));
    }

    private static void side(DataOutputStream out, CasualtyCount side) throws IOException {
        out.writeBoolean(side != null);
        if (side != null) {
            range(out, side.killed());
            range(out, side.wounded());
        }
    }

    private static CasualtyCount side(DataInputStream in) throws IOException {
        return in.readBoolean() ? new CasualtyCount(range(in), range(in)) : null;
    }

    private static void range(DataOutputStream out, Range range) throws IOException {
        out.writeInt(range == null ? -1 : range.min());
        out.writeInt(range == null ? -1 : range.max());
    }

    private static Range range(DataInputStream in) throws IOException {
        int min = in.readInt();
        int max = in.readInt();
        return min < 0 ? null : new Range(min, max);
    }

    private static void texts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            text(out, text);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(in));
        }
        return texts;
    }

    /** A text as its UTF-8 length and bytes; -1 for none. */
    static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
