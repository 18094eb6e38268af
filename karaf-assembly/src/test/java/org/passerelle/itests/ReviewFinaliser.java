package org.passerelle.itests;

import java.time.LocalDate;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.passerelle.core.evaluation.EvaluationRecords;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/**
 * The activator of a one-class bundle a browser test drops into the deploy folder of a running distribution: it
 * finalises an intermediate review through the core-only {@link EvaluationRecords} service (no REST endpoint yet),
 * with the caller, learner and date its manifest names. Browser tests run the platform as a process
 * ({@link DistributionProcess}), where no service can be injected.
 */
public final class ReviewFinaliser implements BundleActivator {

    @Override
    public void start(BundleContext context) throws Exception {
        ServiceReference<EvaluationRecords> reference = null;
        for (int i = 0; i < 300 && reference == null; i++) {
            reference = context.getServiceReference(EvaluationRecords.class);
            if (reference == null) {
                Thread.sleep(100);
            }
        }
        if (reference == null) {
            throw new IllegalStateException("no EvaluationRecords service");
        }
        EvaluationRecords records = context.getService(reference);
        try {
            var headers = context.getBundle().getHeaders();
            Caller caller = new Caller(Long.parseLong(headers.get("X-Person")), headers.get("X-Login"), Role.valueOf(headers.get("X-Role")),
                    Long.valueOf(headers.get("X-Establishment")), null);
            records.finaliseIntermediateReview(caller, Long.parseLong(headers.get("X-Learner")), LocalDate.parse(headers.get("X-Date")));
        } finally {
            context.ungetService(reference);
        }
    }

    @Override
    public void stop(BundleContext context) {
    }

    /** The bundle, as a jar in the deploy folder of {@code home}. */
    static java.nio.file.Path deploy(java.nio.file.Path home, long person, String login, String role, long establishment, long learner, String date)
            throws java.io.IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes main = manifest.getMainAttributes();
        main.putValue("Manifest-Version", "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "test-review-finaliser-" + learner + "-" + date);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", ReviewFinaliser.class.getName());
        main.putValue("Import-Package", "org.osgi.framework,org.passerelle.core.evaluation,org.passerelle.core.security");
        main.putValue("X-Person", String.valueOf(person));
        main.putValue("X-Login", login);
        main.putValue("X-Role", role);
        main.putValue("X-Establishment", String.valueOf(establishment));
        main.putValue("X-Learner", String.valueOf(learner));
        main.putValue("X-Date", date);
        java.nio.file.Path temporary = java.nio.file.Files.createTempFile(home, "review-finaliser", ".tmp");
        String entry = ReviewFinaliser.class.getName().replace('.', '/') + ".class";
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(temporary), manifest);
             var in = ReviewFinaliser.class.getResourceAsStream("ReviewFinaliser.class")) {
            out.putNextEntry(new java.util.jar.JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        java.nio.file.Path target = home.resolve("deploy").resolve("review-finaliser-" + learner + ".jar");
        // Moved in whole: the deploy folder's watcher never sees a half-written jar.
        return java.nio.file.Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
