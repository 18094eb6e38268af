package org.passerelle.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * The Pax Exam container of every in-container test: the assembled distribution from the reactor, on its own HTTP
 * port, consoles off (ARCHITECTURE.md, pitfall 8), on the database of this run ({@link TestDatabase}: on PostgreSQL a
 * fresh database, set in etc/org.ops4j.datasource-passerelle.cfg as an operator would).
 */
final class Exam {

    private Exam() {
    }

    static Option[] distribution(String httpPort, boolean sampleData) {
        DistributionProcess.assertPortFree(httpPort);
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(System.getProperty("passerelle.distribution")).toURI().toString())
                        .karafVersion(System.getProperty("karaf.version", "4.4.10"))
                        .name("Passerelle")
                        .unpackDirectory(TestDatabase.folder("exam").toFile())
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                logLevel(LogLevel.INFO)));
        TestDatabase.Datasource database = TestDatabase.fresh("exam_" + httpPort);
        database.keys.forEach((key, value) -> options.add(editConfigurationFilePut("etc/" + TestDatabase.DATASOURCE_CFG, key, value)));
        // What the tests running inside the container need to know of it.
        options.add(editConfigurationFilePut("etc/system.properties", TestDatabase.PROPERTY, TestDatabase.kind()));
        if (database.name != null) {
            options.add(editConfigurationFilePut("etc/system.properties", TestDatabase.NAME_PROPERTY, database.name));
        }
        if (sampleData) {
            options.add(editConfigurationFilePut("etc/system.properties", "passerelle.sampleData", "true"));
        }
        return options.toArray(new Option[0]);
    }
}
