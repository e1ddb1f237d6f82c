"""Who acts as the secretariat is a permission, not the name of a group."""

from django.contrib.auth.models import Group, Permission
from django.test import TestCase

from home.roles import SECRETARIAT, is_secretariat, secretariat_users
from tests.people import PROFESSIONAL, SECRETARY, demo_user, new_user


def secretariat_permission():
    return Permission.objects.get(content_type__app_label="home", codename="act_as_secretariat")


class SecretariatRoleTests(TestCase):
    def test_the_demo_secretary_acts_as_the_secretariat_and_a_professional_does_not(self):
        self.assertTrue(is_secretariat(demo_user(SECRETARY)))
        self.assertFalse(is_secretariat(demo_user(PROFESSIONAL)))

    def test_renaming_the_group_keeps_the_secretariat_at_work(self):
        Group.objects.filter(name=SECRETARIAT).update(name="Netværkets sekretariat")
        self.assertTrue(is_secretariat(demo_user(SECRETARY)))
        self.assertIn(demo_user(SECRETARY), secretariat_users())

    def test_a_group_called_sekretariat_without_the_permission_gives_nothing(self):
        impostors = Group.objects.create(name="sekretariat ")
        user = new_user("impostor", impostors)
        self.assertFalse(is_secretariat(user))
        self.assertNotIn(user, secretariat_users())

    def test_the_permission_given_to_one_person_makes_them_the_secretariat(self):
        user = new_user("vikar")
        user.user_permissions.add(secretariat_permission())
        self.assertTrue(is_secretariat(user))
        self.assertIn(user, secretariat_users())

    def test_an_inactive_secretary_is_not_the_secretariat(self):
        secretary = demo_user(SECRETARY)
        secretary.is_active = False
        secretary.save()
        self.assertFalse(is_secretariat(secretary))
        self.assertNotIn(secretary, secretariat_users())
