package org.passerelle.core.files;

/**
 * A file with its bytes, to be sent as it was uploaded.
 *
 * @param file  its description; {@code file.mediaType()} is the type to serve it as
 * @param bytes exactly the bytes uploaded ({@code file.size()} of them)
 */
public record FileContent(StoredFile file, byte[] bytes) {

    public FileContent {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
