package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role × endpoint matrix, generated from the code: every JAX-RS method (found in the compiled resources),
 * every servlet and every page (webapp/*.xhtml) must have a line in {@code security/access-matrix.txt}, and each
 * is called anonymously and as each role, plus trailing-slash, case, encoded, dot-segment, double-slash and
 * path-parameter variants of the path for every caller who must be refused: none of those may get through.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleEndpointMatrixIT {

    private static final List<String> CALLERS = List.of("anonymous", "sme", "supplier", "staff", "evaluator", "coordinator",
            "asexpert", "auditor", "admin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.builtWar();
    }

    @ArquillianResource
    private URL base;

    record Rule(String method, String path, List<String> outcomes) {
        String key() {
            return method + " " + path;
        }
    }

    @Test
    void everyEndpointAndPageHasARuleAndEveryCallerGetsIt() throws Exception {
        Map<String, Rule> rules = rules();
        Set<String> inCode = new TreeSet<>();
        inCode.addAll(endpointsInCode());
        inCode.addAll(pagesInCode());
        Set<String> undeclared = new TreeSet<>(inCode);
        undeclared.removeAll(rules.keySet());
        Set<String> stale = new TreeSet<>(rules.keySet());
        stale.removeAll(inCode);
        assertTrue(undeclared.isEmpty(), "endpoints or pages without a rule in security/access-matrix.txt: " + undeclared);
        assertTrue(stale.isEmpty(), "rules for endpoints or pages that no longer exist: " + stale);

        PortalHttp http = new PortalHttp(base);
        Map<String, HttpClient> clients = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            clients.put(caller, caller.equals("anonymous") ? PortalHttp.browser() : http.signedIn(caller));
        }
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Rule rule : rules.values()) {
            String path = rule.path().replace("{name}", "matrix-probe").replaceAll("\\{\\w+\\}", "999999999");
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String expected = rule.outcomes().get(i);
                HttpResponse<String> answer = send(http, clients.get(caller), rule.method(), path);
                requests++;
                String got = outcome(answer);
                if (!got.equals(expected)) {
                    wrong.add(rule.key() + " as " + caller + ": expected " + expected + ", got " + got + " (" + answer.statusCode() + ")");
                }
                if (!expected.equals("ok")) {
                    for (String variant : variants(path)) {
                        HttpResponse<String> sneaky = send(http, clients.get(caller), rule.method(), variant);
                        requests++;
                        if (sneaky.statusCode() < 300 || sneaky.statusCode() >= 500) {
                            wrong.add(rule.method() + " " + variant + " as " + caller + ": a refused caller got " + sneaky.statusCode());
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + requests + " requests wrong:\n" + String.join("\n", wrong));
    }

    private HttpResponse<String> send(PortalHttp http, HttpClient client, String method, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path));
        if (method.equals("GET")) {
            request.GET();
        } else {
            // a body no endpoint accepts: a reached endpoint refuses it (400/415), nothing changes
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String outcome(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status == 401) {
            return "401";
        }
        if (status == 403) {
            return "403";
        }
        if (status == 302 && answer.headers().firstValue("Location").orElse("").contains("/login.xhtml")) {
            return "login";
        }
        return status >= 500 ? "error " + status : "ok";
    }

    /** The same resource spelled differently: a container that matched constraints by text would let these by. */
    static List<String> variants(String path) {
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        String after = slash < 0 ? "" : rest.substring(slash);
        List<String> variants = new ArrayList<>();
        variants.add(path + "/");
        variants.add("/" + first.toUpperCase(Locale.ROOT) + after);
        variants.add("/%" + Integer.toHexString(first.charAt(0)) + first.substring(1) + after);
        variants.add("/" + first + "/." + (after.isEmpty() ? "/" : after));
        variants.add("/" + first + "/x/.." + (after.isEmpty() ? "/" : after));
        variants.add("//" + rest);
        variants.add(path + ";x=y");
        return variants;
    }

    static Map<String, Rule> rules() throws IOException {
        Map<String, Rule> rules = new LinkedHashMap<>();
        try (var in = RoleEndpointMatrixIT.class.getResourceAsStream("/security/access-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] cells = l.split("\\s+");
                assertEquals(2 + CALLERS.size(), cells.length, "one outcome per caller: " + l);
                Rule rule = new Rule(cells[0], cells[1], List.of(cells).subList(2, cells.length));
                if (rules.put(rule.key(), rule) != null) {
                    fail("declared twice: " + rule.key());
                }
            }
        }
        return rules;
    }

    /** Every HTTP method of every JAX-RS resource, servlet and Undertow handler compiled into the portal. */
    static Set<String> endpointsInCode() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        Set<String> endpoints = new TreeSet<>();
        String apiRoot = "";
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                types.add(Class.forName(name, false, RoleEndpointMatrixIT.class.getClassLoader()));
            }
        }
        for (Class<?> type : types) {
            if (type.isAnnotationPresent(ApplicationPath.class)) {
                apiRoot = "/" + strip(type.getAnnotation(ApplicationPath.class).value());
            }
        }
        for (Class<?> type : types) {
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (classPath != null) {
                for (Method method : type.getDeclaredMethods()) {
                    String verb = httpMethod(method);
                    if (verb != null) {
                        jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                        String path = apiRoot + "/" + strip(classPath.value()) + (methodPath == null ? "" : "/" + strip(methodPath.value()));
                        endpoints.add(verb + " " + path.replaceAll("\\{(\\w+):[^}]*\\}", "{$1}"));
                    }
                }
            }
            // an Undertow handler in front of the servlet chain (the log API) answers POST on its PATH
            if (io.undertow.server.HttpHandler.class.isAssignableFrom(type)) {
                try {
                    endpoints.add("POST " + type.getField("PATH").get(null));
                } catch (NoSuchFieldException | IllegalAccessException notAnEndpoint) {
                    // a handler without a path of its own
                }
            }
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null) {
                for (String pattern : Stream.concat(Stream.of(servlet.urlPatterns()), Stream.of(servlet.value())).collect(Collectors.toSet())) {
                    for (String verb : List.of("GET", "POST", "PUT", "DELETE")) {
                        if (overrides(type, "do" + verb.charAt(0) + verb.substring(1).toLowerCase(Locale.ROOT)) && !verb.equals("GET")) {
                            endpoints.add(verb + " " + pattern);
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    private static boolean overrides(Class<?> type, String name) {
        return Stream.of(type.getDeclaredMethods()).anyMatch(m -> m.getName().equals(name));
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String strip(String path) {
        return path.replaceAll("^/+", "").replaceAll("/+$", "");
    }

    /** Every page: each .xhtml under webapp outside WEB-INF and resources. */
    static Set<String> pagesInCode() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/")).map(p -> "GET " + p)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
