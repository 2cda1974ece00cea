const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const suites = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s", "**/scripts/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  "integration:cli": ["**/integration-tests/cli/**/*.spec.[jt]s"],
  "integration:topology": ["**/integration-tests/topology/**/*.spec.[jt]s"],
  "integration:browser": ["**/integration-tests/browser/**/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/storefronts/", "<rootDir>/.data/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: suites[process.env.TEST_TYPE] ?? Object.values(suites).flat(),
}
