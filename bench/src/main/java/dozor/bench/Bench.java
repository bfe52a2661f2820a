package dozor.bench;

import java.util.Arrays;

/**
 * {@code java -jar dozor-bench-exec.jar [intake|webhook|import|stock] [--requests N] [--clients C] [--rows N]
 * [--movements N] [--batch N]
 * [--set property=value]}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 && !args[0].startsWith("--") ? args[0] : "intake";
        String[] rest = which.equals(args.length > 0 ? args[0] : "") ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (which) {
            case "intake" -> IntakeBenchmark.main(rest);
            case "webhook" -> WebhookBenchmark.main(rest);
            case "import" -> ImportBenchmark.main(rest);
            case "stock" -> StockBenchmark.main(rest);
            default -> {
                System.err.println("unknown benchmark " + which + "; available: intake, webhook, import, stock");
                System.exit(2);
            }
        }
        System.exit(0);
    }
}
