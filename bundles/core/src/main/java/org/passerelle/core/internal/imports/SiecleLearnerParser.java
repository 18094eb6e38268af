package org.passerelle.core.internal.imports;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the SIECLE export of the pupils ({@code ExportXML_ElevesSansAdresses.xml}, root {@code BEE_ELEVES}).
 * <p>
 * Read: {@code DONNEES/ELEVES/ELEVE} (attribute {@code ELEVE_ID}; children {@code ID_NATIONAL}, {@code NOM_DE_FAMILLE}
 * or, in older files, {@code NOM}, {@code PRENOM}, {@code DATE_NAISS}, {@code DATE_SORTIE}) and
 * {@code DONNEES/STRUCTURES/STRUCTURES_ELEVE} (attribute {@code ELEVE_ID}; {@code STRUCTURE} with
 * {@code CODE_STRUCTURE} and {@code TYPE_STRUCTURE}): the structure of type {@code D} (division) is the class;
 * groups ({@code G}) are ignored; when a pupil has several divisions the first one is taken. Only direct children of
 * {@code ELEVE} count: the nested {@code SCOLARITE_AN_DERNIER} (last year's class) is ignored. Everything else
 * ({@code PARAMETRES}, {@code OPTIONS}...) is skipped. Structures may come before or after the pupils.
 * <p>
 * A pupil whose {@code DATE_SORTIE} is on or before today has left: a {@link ImportedLearner#departure() departure},
 * which needs no division. Every learner read from SIECLE is a {@link ImportedStatus#PUPIL pupil}.
 * <p>
 * {@code PARAMETRES/UAJ}, the UAI of the establishment the export is of, is returned
 * ({@link ParsedImport#establishmentCode()}): the importer refuses another establishment's file.
 * <p>
 * Encoding: the XML declaration's (SIECLE writes ISO-8859-15 or UTF-8). A file declared in a single-byte encoding
 * whose bytes are UTF-8 is refused ({@link Utf8Evidence}): never imported garbled.
 * <p>
 * Safety: StAX without DTD support nor external entities, no resolver; any DOCTYPE refuses the file before anything
 * it declares is used. The file is read once, as a stream, never held in memory whole (a 6,000-pupil export of
 * about 12 MB keeps only the few fields read per pupil); at most {@value RowChecker#MAX_ROWS} pupils.
 * <p>
 * Lines: the line reported for a pupil is where the JDK parser reports its {@code ELEVE} start tag, i.e. the line
 * of its closing {@code >} (the same line for the one-line tags SIECLE writes). Stateless, thread-safe.
 */
public final class SiecleLearnerParser {

    public static final String FORMAT = "SIECLE";

    private static final String ROOT = "BEE_ELEVES";
    private static final List<String> ELEVE_PATH = List.of(ROOT, "DONNEES", "ELEVES", "ELEVE");
    private static final List<String> UAJ_PATH = List.of(ROOT, "PARAMETRES", "UAJ");
    private static final List<String> STRUCTURES_ELEVE_PATH = List.of(ROOT, "DONNEES", "STRUCTURES", "STRUCTURES_ELEVE");
    private static final List<String> STRUCTURE_PATH = List.of(ROOT, "DONNEES", "STRUCTURES", "STRUCTURES_ELEVE", "STRUCTURE");
    private static final String DIVISION = "D";

    private final Clock clock;

    /** Today is taken from the system clock in the default time zone. */
    public SiecleLearnerParser() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock gives "today", for the exit dates and the ages */
    public SiecleLearnerParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads the whole stream (not closed here). The encoding comes from the XML declaration (SIECLE writes
     * ISO-8859-15 or UTF-8).
     *
     * @throws ImportFormatException empty, a ZIP archive, not XML, malformed, with a DOCTYPE, not {@code BEE_ELEVES},
     *                               bytes not in the declared encoding, UTF-8 bytes under a single-byte declaration,
     *                               more than {@value RowChecker#MAX_ROWS} pupils
     * @throws UncheckedIOException  the stream itself could not be read
     */
    public ParsedImport parse(InputStream xml) throws ImportFormatException {
        Objects.requireNonNull(xml, "xml");
        BufferedInputStream in = new BufferedInputStream(xml);
        checkFirstBytes(in);
        Utf8Evidence bytes = new Utf8Evidence(in);
        RowChecker checker = new RowChecker(RowChecker.Format.SIECLE, LocalDate.now(clock));
        Scan scan = new Scan(checker);
        XMLStreamReader reader = null;
        String encoding;
        try {
            reader = factory().createXMLStreamReader(bytes);
            // At START_DOCUMENT: the declared encoding, else the one the parser chose (UTF-8 without declaration).
            encoding = reader.getCharacterEncodingScheme() != null ? reader.getCharacterEncodingScheme() : reader.getEncoding();
            scan.run(reader);
        } catch (XMLStreamException e) {
            throw unreadable(e, scan.rootSeen);
        } finally {
            close(reader);
        }
        if (encoding != null && !encoding.toUpperCase(java.util.Locale.ROOT).startsWith("UTF") && bytes.looksLikeUtf8()) {
            throw new ImportFormatException(Messages.format("xml.utf8UnderSingleByte", encoding), 0);
        }
        for (RawEleve eleve : scan.eleves) {
            String division = eleve.id == null ? null : scan.divisions.get(eleve.id);
            String familyName = eleve.familyName != null ? eleve.familyName : eleve.oldName;
            checker.check(new RowChecker.RawRow(eleve.line, eleve.ine, familyName, eleve.firstName, eleve.birthDate, division,
                    ImportedStatus.PUPIL, eleve.exitDate), List.of());
        }
        return checker.result(FORMAT, List.of(), encoding == null ? "UTF-8" : encoding).withEstablishmentCode(Values.clean(scan.uaj));
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resources are not resolved: " + systemId);
        });
        return factory;
    }

    /** Refuses an empty file and a ZIP archive (SIECLE hands out its exports zipped) before the XML parser sees them. */
    private static void checkFirstBytes(BufferedInputStream in) throws ImportFormatException {
        try {
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            if (head.length == 0) {
                throw new ImportFormatException(Messages.format("file.empty"), 0);
            }
            if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                throw new ImportFormatException(Messages.format("xml.zip"), 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportFormatException unreadable(XMLStreamException e, boolean rootSeen) {
        Throwable nested = e.getNestedException();
        if (nested instanceof IOException io && !(io instanceof CharConversionException)) {
            throw new UncheckedIOException(io);
        }
        Location location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNumber());
        int column = location == null ? 0 : Math.max(0, location.getColumnNumber());
        String key = nested instanceof CharConversionException ? "xml.encoding" : rootSeen ? "xml.malformed" : "xml.notXml";
        return new ImportFormatException(Messages.format(key, String.valueOf(line), String.valueOf(column)), line, e);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was written; the caller closes the stream
            }
        }
    }

    /** A pupil as written in the file, nothing checked yet. */
    private static final class RawEleve {
        final int line;
        final String id;
        String ine;
        String familyName;
        String oldName;
        String firstName;
        String birthDate;
        String exitDate;

        RawEleve(int line, String id) {
            this.line = line;
            this.id = id;
        }

        void set(String element, String text) {
            switch (element) {
                case "ID_NATIONAL" -> ine = ine == null ? text : ine;
                case "NOM_DE_FAMILLE" -> familyName = familyName == null ? text : familyName;
                case "NOM" -> oldName = oldName == null ? text : oldName;
                case "PRENOM" -> firstName = firstName == null ? text : firstName;
                case "DATE_NAISS" -> birthDate = birthDate == null ? text : birthDate;
                case "DATE_SORTIE" -> exitDate = exitDate == null ? text : exitDate;
                default -> {
                    // not needed
                }
            }
        }
    }

    /** One pass over the events, collecting the pupils and the division of each ELEVE_ID. */
    private static final class Scan {
        final RowChecker checker;
        final List<RawEleve> eleves = new ArrayList<>();
        final Map<String, String> divisions = new HashMap<>();
        final Deque<String> path = new ArrayDeque<>();
        boolean rootSeen;

        RawEleve eleve;
        String structuresEleveId;
        String structureCode;
        String structureType;
        /** PARAMETRES/UAJ: the establishment the export is of. */
        String uaj;
        /** The element whose text is being collected, and its depth; null when none. */
        String captured;
        int capturedDepth;
        final StringBuilder text = new StringBuilder();

        Scan(RowChecker checker) {
            this.checker = checker;
        }

        void run(XMLStreamReader reader) throws XMLStreamException, ImportFormatException {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD ->
                        // the JDK reports where the declaration ends, not where it starts: no line given
                        throw new ImportFormatException(Messages.format("xml.doctype"), 0);
                    case XMLStreamConstants.START_ELEMENT -> start(reader);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (captured != null && path.size() == capturedDepth) {
                            text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
        }

        private void start(XMLStreamReader reader) throws ImportFormatException {
            String name = reader.getLocalName();
            if (!rootSeen) {
                rootSeen = true;
                if (!ROOT.equals(name)) {
                    int line = Math.max(0, reader.getLocation().getLineNumber());
                    throw new ImportFormatException(Messages.format("xml.notSiecle", name), line);
                }
            }
            path.addLast(name);
            int depth = path.size();
            if (pathIs(ELEVE_PATH)) {
                int line = Math.max(0, reader.getLocation().getLineNumber());
                checker.countRow(line);
                eleve = new RawEleve(line, attribute(reader, "ELEVE_ID"));
            } else if (eleve != null && depth == ELEVE_PATH.size() + 1) {
                capture(name);
            } else if (pathIs(UAJ_PATH)) {
                capture(name);
            } else if (pathIs(STRUCTURES_ELEVE_PATH)) {
                structuresEleveId = attribute(reader, "ELEVE_ID");
            } else if (pathIs(STRUCTURE_PATH)) {
                structureCode = null;
                structureType = null;
            } else if (depth == STRUCTURE_PATH.size() + 1 && pathStartsWith(STRUCTURE_PATH)
                    && (name.equals("CODE_STRUCTURE") || name.equals("TYPE_STRUCTURE"))) {
                capture(name);
            }
        }

        private void end() {
            int depth = path.size();
            if (captured != null && depth == capturedDepth) {
                String value = text.toString();
                if (eleve != null) {
                    eleve.set(captured, value);
                } else if (captured.equals("UAJ")) {
                    uaj = uaj == null ? value : uaj;
                } else if (captured.equals("CODE_STRUCTURE")) {
                    structureCode = value;
                } else {
                    structureType = value;
                }
                captured = null;
            } else if (eleve != null && depth == ELEVE_PATH.size()) {
                eleves.add(eleve);
                eleve = null;
            } else if (pathIs(STRUCTURE_PATH)) {
                String code = Values.clean(structureCode);
                if (structuresEleveId != null && !code.isEmpty() && DIVISION.equalsIgnoreCase(Values.clean(structureType))) {
                    divisions.putIfAbsent(structuresEleveId, code);
                }
            } else if (pathIs(STRUCTURES_ELEVE_PATH)) {
                structuresEleveId = null;
            }
            path.removeLast();
        }

        private void capture(String name) {
            captured = name;
            capturedDepth = path.size();
            text.setLength(0);
        }

        private boolean pathIs(List<String> expected) {
            return path.size() == expected.size() && pathStartsWith(expected);
        }

        private boolean pathStartsWith(List<String> prefix) {
            if (path.size() < prefix.size()) {
                return false;
            }
            int i = 0;
            for (String element : path) {
                if (i == prefix.size()) {
                    return true;
                }
                if (!element.equals(prefix.get(i++))) {
                    return false;
                }
            }
            return true;
        }

        private static String attribute(XMLStreamReader reader, String name) {
            String value = reader.getAttributeValue(null, name);
            String cleaned = Values.clean(value);
            return cleaned.isEmpty() ? null : cleaned;
        }
    }
}
