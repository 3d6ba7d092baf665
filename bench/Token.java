import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Prints a token for the benchmarks ({@code java bench/Token.java KEY_PEM [ROLE ORG ORG_TYPE REGION]}): by default a
 * task-force officer of the provincial department (task-force NMG-PSD POLICE 150000), valid for two hours, RS256
 * with kid {@code test-key}, issuer {@code fraudlink-bench}. The service and the gateway under test trust the
 * public half of the test key pair.
 */
public class Token {

    public static void main(String[] args) throws Exception {
        String base64 = Files.readString(Path.of(args[0])).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        String role = args.length > 1 ? args[1] : "task-force";
        String org = args.length > 2 ? args[2] : "NMG-PSD";
        String orgType = args.length > 3 ? args[3] : "POLICE";
        String region = args.length > 4 ? args[4] : "150000";
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"test-key\"}";
        String claims = ("{\"iss\":\"fraudlink-bench\",\"sub\":\"bench\",\"aud\":\"fraudlink\",\"iat\":%d,"
                + "\"exp\":%d,\"jti\":\"%s\",\"groups\":[\"%s\"],\"org\":\"%s\","
                + "\"org_type\":\"%s\",\"region\":\"%s\"}").formatted(now, now + 7200, UUID.randomUUID(), role, org,
                orgType, region);
        String input = b64(header) + "." + b64(claims);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        System.out.println(input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign()));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
