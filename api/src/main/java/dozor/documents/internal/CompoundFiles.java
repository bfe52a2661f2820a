package dozor.documents.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Legacy Office files (doc, xls, ppt) inside an OLE2 compound file, told apart from other compound files
 * (MSI installers, Outlook messages, encrypted packages) by the name of their main stream. The directory is
 * found through the file allocation table, so its position in the file does not matter.
 */
final class CompoundFiles {

    private static final int END_OF_CHAIN = -2;

    /** Header slots for the first allocation-table sectors; further ones are chained in DIFAT sectors. */
    private static final int HEADER_FAT_SLOTS = 109;

    private CompoundFiles() {
    }

    static Optional<DocumentType> sniff(SniffableContent content) throws IOException {
        byte[] header = content.readAt(0, 512);
        if (header.length < 512) {
            return Optional.empty();
        }
        int major = Bytes.u16le(header, 0x1A);
        int shift = Bytes.u16le(header, 0x1E);
        if (!(major == 3 && shift == 9) && !(major == 4 && shift == 12)) {
            return Optional.empty();
        }
        int sectorSize = 1 << shift;
        long sectors = (content.size() + sectorSize - 1) / sectorSize - 1; // the header takes the first slot
        int[] fat = allocationTable(content, header, sectorSize, sectors);
        Set<String> streams = fat == null ? null
                : streamNames(content, fat, Bytes.i32le(header, 0x30), sectorSize, sectors);
        if (streams == null) {
            return Optional.empty();
        }
        if (streams.contains("WordDocument")) {
            return Optional.of(DocumentType.DOC);
        }
        if (streams.contains("Workbook") || streams.contains("Book")) {
            return Optional.of(DocumentType.XLS);
        }
        if (streams.contains("PowerPoint Document")) {
            return Optional.of(DocumentType.PPT);
        }
        return Optional.empty();
    }

    private static int[] allocationTable(SniffableContent content, byte[] header, int sectorSize, long sectors)
            throws IOException {
        int fatSectors = Bytes.i32le(header, 0x2C);
        if (fatSectors <= 0 || fatSectors > sectors) {
            return null;
        }
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < HEADER_FAT_SLOTS && ids.size() < fatSectors; i++) {
            ids.add(Bytes.i32le(header, 0x4C + 4 * i));
        }
        int perDifatSector = sectorSize / 4 - 1; // the last slot points to the next DIFAT sector
        int difat = Bytes.i32le(header, 0x44);
        for (long hops = 0; ids.size() < fatSectors; hops++) {
            byte[] sector = difat < 0 || hops > sectors ? null : sector(content, difat, sectorSize, sectors);
            if (sector == null) {
                return null;
            }
            for (int i = 0; i < perDifatSector && ids.size() < fatSectors; i++) {
                ids.add(Bytes.i32le(sector, 4 * i));
            }
            difat = Bytes.i32le(sector, 4 * perDifatSector);
        }
        int perSector = sectorSize / 4;
        int[] fat = new int[fatSectors * perSector];
        for (int s = 0; s < fatSectors; s++) {
            byte[] sector = sector(content, ids.get(s), sectorSize, sectors);
            if (sector == null) {
                return null;
            }
            for (int i = 0; i < perSector; i++) {
                fat[s * perSector + i] = Bytes.i32le(sector, 4 * i);
            }
        }
        return fat;
    }

    /** The names of the stream entries in the directory chain, or {@code null} when the chain is broken. */
    private static Set<String> streamNames(SniffableContent content, int[] fat, int first, int sectorSize,
            long sectors) throws IOException {
        Set<String> names = new HashSet<>();
        int id = first;
        for (long hops = 0; id != END_OF_CHAIN; hops++) {
            byte[] sector = id >= fat.length || hops > sectors ? null : sector(content, id, sectorSize, sectors);
            if (sector == null) {
                return null;
            }
            for (int at = 0; at + 128 <= sector.length; at += 128) {
                int nameLength = Bytes.u16le(sector, at + 64);
                boolean stream = sector[at + 66] == 2;
                if (stream && nameLength >= 2 && nameLength <= 64 && nameLength % 2 == 0) {
                    names.add(new String(sector, at, nameLength - 2, StandardCharsets.UTF_16LE));
                }
            }
            id = fat[id];
        }
        return names;
    }

    /** Sector {@code id}, zero-padded when the file ends inside it; {@code null} when it lies outside. */
    private static byte[] sector(SniffableContent content, int id, int sectorSize, long sectors) throws IOException {
        if (id < 0 || id >= sectors) {
            return null;
        }
        byte[] bytes = content.readAt((long) (id + 1) * sectorSize, sectorSize);
        return bytes.length == sectorSize ? bytes : Arrays.copyOf(bytes, sectorSize);
    }
}
