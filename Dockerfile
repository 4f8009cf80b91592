# Production image: built from source in the first stage, run as a non-root user in the second.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY processes/ processes/
COPY .springjavaformatconfig ./
RUN ./mvnw -B -q -DskipTests package && cp target/agreement-tracker-*.jar /src/app.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system tracker && useradd --system --gid tracker --home-dir /app tracker
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
USER tracker
EXPOSE 8080
# The JRE image has no curl or wget; bash can speak HTTP/1.0 itself.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
