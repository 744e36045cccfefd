# One image per service, in the Quarkus JVM layout, running as a non-root user (185). Build after `mvn package`:
#   docker build --build-arg SERVICE=contract-service -t <registry>/buyonce/contract-service:0.1.0 .
# (likewise asset-service and alignment-service). Nothing in the image is environment-specific: every setting comes
# from the environment (see README, "Configuration", and k8s/). The base image is the one Quarkus 3.34 generates for
# Java 17 (its run-java.sh sizes the heap from the container's memory limit).
FROM registry.access.redhat.com/ubi8/openjdk-17:1.23

ARG SERVICE
ENV LANGUAGE='en_US:en'

COPY --chown=185 ${SERVICE}/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 ${SERVICE}/target/quarkus-app/*.jar /deployments/
COPY --chown=185 ${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --chown=185 ${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/

EXPOSE 8080
USER 185
# The root filesystem is read-only in Kubernetes; Quarkus keeps its Vert.x cache under java.io.tmpdir, an emptyDir there.
# Java 17's code cache sweeper flushes the compiled code of a steady workload, which the JIT then compiles again (a
# fifth of a core per service, README "Performance"): the 240 MB code cache holds all of a service's code, no flushing.
ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager -XX:-UseCodeCacheFlushing"
# The paths below are the base image's layout (its run-java.sh runs JAVA_APP_JAR), as in Quarkus's own Dockerfile.jvm.
ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"

ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
