package dev.replayharness.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Rewrites bundles the way a newer writer or a careless hand would. */
final class BundleFiles {

    private BundleFiles() {
    }

    static Path withManifestVersion(Path bundle, String version, Path out) throws IOException {
        try (ZipFile in = new ZipFile(bundle.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                if (entry.getName().equals("manifest.json")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8)
                            .replace("\"formatVersion\" : \"1.0\"", "\"formatVersion\" : \"" + version + "\"")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out;
    }
}
