package org.mpaka.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.mpaka.audit.AuditTrail;
import org.mpaka.audit.ChainVerification;

/** {@code mpaka audit verify}: checks every site's audit hash chain; exit 1 names the first break. */
final class AuditCommand implements Command {

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String summary() {
        return "audit verify: check the audit trail's hash chains (exit 1 if tampered with)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !args.getFirst().equals("verify")) {
            (args.contains("--help") ? out : err).println("Usage: mpaka audit verify");
            return args.contains("--help") ? 0 : Cli.USAGE;
        }
        try (var context = ToolContext.start(args.subList(1, args.size()))) {
            ChainVerification result = context.getBean(AuditTrail.class).verify();
            if (result.intact()) {
                out.println("audit trail intact: " + result.recordsChecked() + " records checked");
                return 0;
            }
            for (ChainVerification.Break b : result.breaks()) {
                out.println("BROKEN site " + b.site() + " record " + b.seq()
                        + (b.id() == null ? "" : " (" + b.id() + ")") + ": " + b.problem());
            }
            return 1;
        }
    }
}
