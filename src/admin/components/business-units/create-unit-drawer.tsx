import { Button, toast } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { useCreateBusinessUnit } from "../../hooks/use-business-units"
import { FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"
import { useFormDrawer } from "../common/use-form-drawer"
import { emptyUnitForm, unitInputFrom, validateUnitForm } from "./unit-form"
import { UnitFormFields } from "./unit-form-fields"

/**
 * "Create" button and its drawer: a company, or a division when a parent is chosen (or given,
 * as on a unit's page where the parent is fixed).
 */
export function CreateUnitDrawer({
  parentId,
  buttonLabel = "Create",
  testId = "create-business-unit",
}: {
  parentId?: string
  buttonLabel?: string
  testId?: string
}) {
  const { open, openDrawer, close, values, setValues, errors, serverError, submitWith } = useFormDrawer(() => emptyUnitForm(parentId), validateUnitForm)
  const create = useCreateBusinessUnit()
  const navigate = useNavigate()

  const submit = () =>
    submitWith((values, fail) =>
      create.mutate(unitInputFrom(values, true), {
        onSuccess: (unit) => {
          toast.success(`${unit.parent_id ? "Division" : "Company"} "${unit.name}" created`)
          close()
          if (!parentId) navigate(`/business-units/${unit.id}`)
        },
        onError: fail,
      })
    )

  return (
    <>
      <Button size="small" variant="secondary" onClick={() => openDrawer(true)} data-testid={testId}>
        {buttonLabel}
      </Button>
      <FormDrawer
        open={open}
        onOpenChange={openDrawer}
        title={parentId ? "Add division" : "Create business unit"}
        description={parentId ? "A division below this unit." : "A company, or a division when you pick a parent."}
        onSubmit={submit}
        submitLabel="Create"
        submitting={create.isPending}
        testId="create-business-unit-drawer"
        submitTestId="create-business-unit-submit"
      >
        <FormError message={serverError} />
        <UnitFormFields values={values} errors={errors} onChange={setValues} showParent={!parentId} />
      </FormDrawer>
    </>
  )
}
