// The pane's built-in policies come in two parts (webpack splits each file; Jest maps both parts to
// the whole file). Whichever policy the user chooses, the pane must have it, and whole once the
// sections that show its texts add them.
import { builtInPolicy, BUILT_IN_POLICY_IDS } from "../../src/core";
import { builtInPolicies } from "../../src/taskpane/model/builtInPolicies";
import { withPolicyTexts } from "../../src/taskpane/model/policyTexts";

test("the pane offers every built-in policy the command line has, and each is whole with its texts", () => {
  expect(builtInPolicies.ids).toEqual(BUILT_IN_POLICY_IDS);
  for (const id of BUILT_IN_POLICY_IDS) {
    expect(withPolicyTexts(builtInPolicies.get(id))).toEqual(builtInPolicy(id));
  }
});

test("adds the texts once per policy, so a section given the same policy gets the same object", () => {
  const policy = builtInPolicies.get();
  expect(withPolicyTexts(policy)).toBe(withPolicyTexts(policy));
});
