{{/*
Chart name, possibly overridden.
*/}}
{{- define "sigillum.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Prefix of every resource name: the release name, followed by the chart name unless the release
name already contains it. Kept short enough for "<prefix>-trust-registry" to fit in 63
characters.
*/}}
{{- define "sigillum.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 48 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 48 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 48 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version, for the helm.sh/chart label.
*/}}
{{- define "sigillum.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels that select one component's pods. Call with (dict "root" $ "component" "issuance").
*/}}
{{- define "sigillum.selectorLabels" -}}
app.kubernetes.io/name: {{ include "sigillum.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
Labels that select every pod of the release, whatever its component.
*/}}
{{- define "sigillum.releaseSelectorLabels" -}}
app.kubernetes.io/name: {{ include "sigillum.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Labels of every resource. Call with (dict "root" $ "component" "issuance"); the component may be
empty for resources that belong to the whole release.
*/}}
{{- define "sigillum.labels" -}}
helm.sh/chart: {{ include "sigillum.chart" .root }}
{{ include "sigillum.releaseSelectorLabels" .root }}
{{- with .component }}
app.kubernetes.io/component: {{ . }}
{{- end }}
app.kubernetes.io/part-of: sigillum
app.kubernetes.io/version: {{ include "sigillum.tag" .root | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end }}

{{/*
Name of one component's resources (Deployment, Service, HPA, PDB, NetworkPolicy).
Call with (dict "root" $ "component" "issuance").
*/}}
{{- define "sigillum.componentName" -}}
{{- printf "%s-%s" (include "sigillum.fullname" .root) .component | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The ServiceAccount the processes run as.
*/}}
{{- define "sigillum.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "sigillum.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Image tag: image.tag, or the chart's appVersion.
*/}}
{{- define "sigillum.tag" -}}
{{- default .Chart.AppVersion .Values.image.tag }}
{{- end }}

{{/*
Image of one process: "<registry>/<name>:<tag>". Call with (dict "root" $ "image" "sigillum-issuance").
*/}}
{{- define "sigillum.image" -}}
{{- printf "%s/%s:%s" (trimSuffix "/" .root.Values.image.registry) .image (include "sigillum.tag" .root) }}
{{- end }}

{{/*
Scheme every process serves: https, or http when TLS is off.
*/}}
{{- define "sigillum.scheme" -}}
{{- ternary "https" "http" .Values.tls.enabled }}
{{- end }}

{{/*
In-cluster host name of one process's Service. Call with (dict "root" $ "component" "issuance").
*/}}
{{- define "sigillum.serviceHost" -}}
{{- printf "%s.%s.svc" (include "sigillum.componentName" .) .root.Release.Namespace }}
{{- end }}

{{/*
What the chart knows of each process and does not leave to values: the schema it owns, whether
it has a database, and whom it calls. The calls are the architecture's service table; the
NetworkPolicies allow exactly these, plus the database, the broker and DNS.
Every process reaches the broker: the MicroProfile services' readiness includes it, and the
gateway consumes `status.published`. The gateway has no database.
Use with: include "sigillum.topology" . | fromYaml
*/}}
{{- define "sigillum.topology" -}}
issuance:
  schema: issuance
  database: true
  calls: [key-management, status]
verification:
  schema: verification
  database: true
  calls: [trust-registry, status, key-management]
status:
  schema: status
  database: true
  calls: [key-management]
trust-registry:
  schema: trust_registry
  database: true
  calls: []
key-management:
  schema: key_management
  database: true
  calls: []
gateway:
  database: false
  calls: [issuance, verification, status, trust-registry, key-management]
{{- end }}

{{/*
Name of the Secret rendered in dev mode.
*/}}
{{- define "sigillum.devSecretName" -}}
{{- printf "%s-dev-credentials" (include "sigillum.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Where a credential comes from, as {secret, userKey, passwordKey}. Call with
(dict "root" $ "kind" "database"|"owner"|"broker" "override" "<a process's own Secret or empty>").
In dev mode every credential comes from the dev Secret.
*/}}
{{- define "sigillum.credentialRef" -}}
{{- $root := .root }}
{{- if $root.Values.dev.enabled }}
secret: {{ include "sigillum.devSecretName" $root }}
userKey: {{ .kind }}-username
passwordKey: {{ .kind }}-password
{{- else }}
{{- $source := dict }}
{{- if eq .kind "database" }}{{ $source = $root.Values.database.credentials }}{{ end }}
{{- if eq .kind "owner" }}{{ $source = $root.Values.migrations.owner }}{{ end }}
{{- if eq .kind "broker" }}{{ $source = $root.Values.broker.credentials }}{{ end }}
secret: {{ default $source.existingSecret .override }}
userKey: {{ $source.userKey }}
passwordKey: {{ $source.passwordKey }}
{{- end }}
{{- end }}

{{/*
Two environment variables, a user and a password, read from a Secret.
Call with (dict "userVar" "SIGILLUM_DB_USER" "passwordVar" "SIGILLUM_DB_PASSWORD" "ref" <credentialRef>).
*/}}
{{- define "sigillum.credentialEnv" -}}
- name: {{ .userVar }}
  valueFrom:
    secretKeyRef:
      name: {{ .ref.secret }}
      key: {{ .ref.userKey }}
- name: {{ .passwordVar }}
  valueFrom:
    secretKeyRef:
      name: {{ .ref.secret }}
      key: {{ .ref.passwordKey }}
{{- end }}

{{/*
The writable /tmp every pod gets, since the root file system is read-only.
*/}}
{{- define "sigillum.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .Values.tmpSizeLimit }}
{{- end }}

{{/*
The JWT public key file, mounted from the ConfigMap or Secret named in jwt.publicKey.
*/}}
{{- define "sigillum.jwtKeyPath" -}}
/etc/sigillum/jwt/{{ .Values.jwt.publicKey.key }}
{{- end }}

{{/*
Where every process finds the keys bearer tokens are verified with: the identity provider's JWKS
when jwt.jwksUrl is set, otherwise the mounted PEM file.
*/}}
{{- define "sigillum.jwtKeyLocation" -}}
{{- .Values.jwt.jwksUrl | default (include "sigillum.jwtKeyPath" .) -}}
{{- end }}

{{/*
An egress rule to something outside the release (database, broker): its ports, and its peers
when any are given. Call with networkPolicy.database or networkPolicy.broker.
*/}}
{{- define "sigillum.externalEgress" -}}
- ports:
    {{- toYaml .ports | nindent 4 }}
  {{- with .to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}

{{/*
The egress rule to the cluster DNS. Call with networkPolicy.dns.
*/}}
{{- define "sigillum.dnsEgress" -}}
- ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
  {{- with .to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
