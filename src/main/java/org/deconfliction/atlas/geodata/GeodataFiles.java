package org.deconfliction.atlas.geodata;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The folder the geodata files are read from: by default the copy of {@code geodata/} packaged into the
 * application, or any folder named by {@code atlas.geodata.location} (e.g. {@code file:/srv/atlas/geodata/}).
 */
@Component
public class GeodataFiles {

    private final ResourceLoader resources;
    private final String location;
    private final FeatureCollectionReader reader = new FeatureCollectionReader();

    public GeodataFiles(ResourceLoader resources, @Value("${atlas.geodata.location:classpath:geodata/}") String location) {
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /**
     * Reads and checks the features of one file of the folder.
     *
     * @throws GeodataException if the file is missing or any feature in it is not valid
     */
    public List<GeoJsonFeature> features(String fileName, String nameField) {
        Resource resource = resources.getResource(location + fileName);
        if (!resource.exists()) {
            throw new GeodataException(fileName, null, "is missing from " + location);
        }
        try {
            InputStream in = resource.getInputStream();
            return reader.read(fileName, in, nameField);
        } catch (IOException e) {
            throw new GeodataException(fileName, null, "cannot be read from " + location + ": " + e.getMessage(), e);
        }
    }
}
