package org.gridlink;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
    info =
        @Info(
            title = "gridlink",
            version = "v1",
            description = "GridLink API: photo reports, grids, points, service requests"))
public class Application {
  /** Set by the build: start, serve one request, stop, so the JVM can archive loaded classes. */
  static final String CDS_TRAINING = "gridlink.cds.training";

  public static void main(String[] args) {
    // Structured JSON logs for production log pipelines; must be chosen before logback starts.
    if ("json".equalsIgnoreCase(System.getenv("GRIDLINK_LOG_FORMAT"))
        && System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "logback-json.xml");
    }
    ApplicationContext context =
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    if (Boolean.getBoolean(CDS_TRAINING)) {
      ClassDataSharingTraining.run(context);
    }
  }
}
