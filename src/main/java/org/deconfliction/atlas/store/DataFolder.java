package org.deconfliction.atlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder of the embedded store ({@code atlas.data.folder}), created when missing, and the GeoPackage file in it.
 * Opening fails with a {@link StoreStartupException} when the folder cannot be created, read or written, or the
 * file exists but cannot be read and written or is no SQLite file.
 */
record DataFolder(Path folder) {

    /** The name of the embedded store's file in the data folder. */
    static final String STORE_FILE = "atlas.gpkg";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The folder, checked for use; created with its parents when missing. */
    static DataFolder open(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException | SecurityException e) {
            throw unusable(absolute, "it does not exist and cannot be created (" + e + ")", e);
        }
        if (!Files.isDirectory(absolute)) {
            throw unusable(absolute, "it is not a folder", null);
        }
        if (!Files.isReadable(absolute) || !Files.isWritable(absolute) || !Files.isExecutable(absolute)) {
            throw unusable(absolute, "this user may not read and write in it", null);
        }
        Path file = absolute.resolve(STORE_FILE);
        if (Files.exists(file) && (!Files.isReadable(file) || !Files.isWritable(file))) {
            throw unusable(absolute, "its " + STORE_FILE + " cannot be read and written by this user", null);
        }
        if (Files.isRegularFile(file) && !isSqlite(file)) {
            throw unusable(absolute, "its " + STORE_FILE + " is not a GeoPackage (SQLite) file", null);
        }
        return new DataFolder(absolute);
    }

    private static boolean isSqlite(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            return header.length == 0 || java.util.Arrays.equals(header, SQLITE_HEADER);
        } catch (IOException e) {
            throw unusable(file.getParent(), "its " + STORE_FILE + " cannot be read (" + e + ")", e);
        }
    }

    /** The GeoPackage file of the store. */
    Path storeFile() {
        return folder.resolve(STORE_FILE);
    }

    private static StoreStartupException unusable(Path folder, String why, Throwable cause) {
        return new StoreStartupException(StoreStartupException.Problem.DATA_FOLDER_UNUSABLE,
                "Folder: " + folder + "\nProblem: " + why,
                "Give this user read and write access to the folder, or point atlas.data.folder at a folder it may"
                        + " write (e.g. --atlas.data.folder=/srv/atlas).",
                cause);
    }
}
